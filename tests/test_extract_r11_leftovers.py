"""Leftover defects found by earlier probes (SCHEMA: a kecamatan or kelurahan that receives the visit
is a unit visited). Sentences written for this test, in several wordings."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.extract.agencies import find_units
from diklat_cli.models import visit_json


def _visits(text: str) -> list[dict]:
    return [visit_json(e.visit) for e in extract_text(text)]


# the office of a kecamatan's or kelurahan's head, named, is that kecamatan or kelurahan: a unit visited,
# kept as written (unlike the office of a bupati, wali kota or governor: a regional government)
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Rombongan juga mampir ke Dinas Pariwisata dan Kantor Camat Ngaglik.", "Kantor Camat Ngaglik"),
        ("Para peserta belajar tata kelola pelayanan di Kantor Camat Jembrana.", "Kantor Camat Jembrana"),
        ("Lokasi praktik lapangan berada di Kantor Lurah Bakungan, Banyuwangi.", "Kantor Lurah Bakungan"),
        ("Sasaran kunjungan: Bappeda, Kantor Camat Depok, Kabupaten Sleman, dan RSUD.", "Kantor Camat Depok"),
        ("Tim menyambangi Kantor Lurah Kidul Dalem untuk melihat adminduk.", "Kantor Lurah Kidul Dalem"),
    ],
)
def test_office_of_a_camat_or_lurah_is_a_unit(text: str, unit: str) -> None:
    assert unit in [u.name for u in find_units(text)]


@pytest.mark.parametrize(
    "text",
    [
        # no name after the office: which kecamatan is not said
        "Mereka lalu diterima di Kantor Camat setempat.",
        # the office of a bupati is the regency's government, not a unit visited
        "Rombongan disambut di Kantor Bupati Sleman.",
    ],
)
def test_unnamed_or_regional_head_office_is_no_unit(text: str) -> None:
    assert find_units(text) == []


def test_camat_office_among_the_units_of_a_visit() -> None:
    text = (
        "Sebanyak 20 perangkat desa Kabupaten Garut studi banding ke Kabupaten Sleman, Senin (6/5/2024). "
        "Mereka mengunjungi Dinas Pariwisata dan Kantor Camat Ngaglik."
    )
    (visit,) = _visits(text)
    assert visit["host_agencies"] == ["Dinas Pariwisata", "Kantor Camat Ngaglik"]


# a unit written as its office in a list ("… dan Kantor Kecamatan X"): the office word does not break the
# list, the unit shares the list's cue
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Sebanyak 28 peserta Diklatpim III Provinsi Jawa Timur benchmarking ke Kota Denpasar, Senin (7/10/2019). "
            "Peserta menyambangi Dinas Perizinan, Dinas Kominfo dan Kantor Kecamatan Denpasar Utara.",
            "Kecamatan Denpasar Utara",
        ),
        (
            "Peserta Diklatpim IV Kabupaten Gowa observasi ke Kota Bontang, Kamis (10/10/2019). "
            "Kelompok ini belajar di Dinas Kesehatan, lalu Kantor Kelurahan Api-Api.",
            "Kelurahan Api-Api",
        ),
        (
            "Sebanyak 30 peserta PKA Provinsi Jawa Timur studi lapangan ke Kota Surabaya, Selasa (8/10/2019). "
            "Mereka mendatangi Bappeda serta Kantor Kecamatan Bulak.",
            "Kecamatan Bulak",
        ),
        (
            "Sebanyak 12 lurah dari Kota Ketapang studi tiru ke Kabupaten Banyuwangi, Jumat (11/10/2019), "
            "mengunjungi Dinas Kependudukan dan Kantor Kecamatan Glagah.",
            "Kecamatan Glagah",
        ),
    ],
)
def test_office_word_does_not_break_a_list_of_units(text: str, unit: str) -> None:
    (visit,) = _visits(text)
    assert unit in visit["host_agencies"]


@pytest.mark.parametrize(
    "text",
    [
        # the bupati's office after the link is the regency's government, still no unit
        "Sebanyak 12 lurah dari Kota Ketapang studi tiru ke Kabupaten Banyuwangi, Jumat (11/10/2019), "
        "mengunjungi Dinas Kependudukan dan Kantor Bupati Banyuwangi.",
        # a hall where lunch is eaten is no unit visited
        "Sebanyak 12 lurah dari Kota Ketapang studi tiru ke Kabupaten Banyuwangi, Jumat (11/10/2019), "
        "mengunjungi Dinas Kependudukan lalu makan siang di Gedung Juang.",
    ],
)
def test_office_of_no_unit_after_a_link_is_left_out(text: str) -> None:
    (visit,) = _visits(text)
    assert visit["host_agencies"] == ["Dinas Kependudukan"]


# a trip put off or held back, in any word of it, is talk of a trip, not a visit
@pytest.mark.parametrize(
    "text",
    [
        "PEKANBARU - Studi banding 15 anggota DPRD Kabupaten Kampar ke Kabupaten Badung ditangguhkan, "
        "Senin (6/5/2024), karena anggaran belum cair.",
        "PEKANBARU - Kunjungan kerja Komisi II DPRD Kota Dumai ke Kota Surabaya yang semula digelar "
        "Senin (6/5/2024) tertahan karena izin gubernur belum keluar.",
        "PEKANBARU - Rencana studi banding 20 kepala desa Kabupaten Siak ke Desa Ponggok, Klaten, belum "
        "mendapat izin dari bupati, Selasa (7/5/2024).",
        "PEKANBARU - Keberangkatan rombongan DPRD Kabupaten Bengkalis untuk kunjungan kerja ke Kota Batu, "
        "Jawa Timur, diundur hingga bulan depan, kata Sekwan, Rabu (8/5/2024).",
        "PEKANBARU - Penangguhan studi banding DPRD Kabupaten Rokan Hulu ke Kota Bandung diumumkan Kamis (9/5/2024).",
    ],
)
def test_trip_put_off_is_no_visit(text: str) -> None:
    assert _visits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a delay the trip got past
        "PEKANBARU - Studi banding 15 anggota DPRD Kampar ke Kabupaten Badung sempat ditunda, tetapi akhirnya "
        "berjalan Senin (6/5/2024).",
        # one stop put off, the trip itself made
        "PEKANBARU - Sebanyak 15 anggota DPRD Kabupaten Kampar studi banding ke Kabupaten Badung, "
        "Senin (6/5/2024). Kunjungan ke Kabupaten Gianyar ditunda karena hujan.",
    ],
)
def test_trip_made_despite_a_delay_is_a_visit(text: str) -> None:
    (visit,) = _visits(text)
    assert visit["destination"]["regency"] == "Kabupaten Badung"
