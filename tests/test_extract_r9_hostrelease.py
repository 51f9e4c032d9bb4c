"""A host's own release of a study visit it received (SCHEMA: the host's region is the destination, the
guests' region the origin). Sentences written for this test, in several wordings: the guest named as
an office's full name, a sub-district's staff, a village with its regency after a comma; the visit
received by any verb and any of its names."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.models import visit_json


def _visits(text: str) -> list[dict]:
    return [visit_json(e.visit) for e in extract_text(text)]


# the host received the visit named straight after the verb ("menerima studi banding dari …"), the guest
# an office written out in full before its region: one visit, from the guest's region to the host's
@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        (
            "Diskominfo Klaten Terima Studi Banding\n\nKLATEN - Dinas Komunikasi dan Informatika Kabupaten Klaten "
            "menerima studi banding dari Dinas Komunikasi dan Informatika Kabupaten Takalar, Senin (6/5/2024), "
            "soal layanan pengaduan.",
            "Kabupaten Takalar",
            "Kabupaten Klaten",
        ),
        (
            "Dinas Sosial Kota Blitar menyambut kaji banding dari Dinas Sosial Kabupaten Ngawi, Selasa (7/5/2024), "
            "tentang data kemiskinan.",
            "Kabupaten Ngawi",
            "Kota Blitar",
        ),
        (
            "RSUD Kota Salatiga mendapat kunjungan benchmarking dari Rumah Sakit Umum Daerah Kabupaten Rembang, "
            "Rabu (8/5/2024), mengenai antrean pasien.",
            "Kabupaten Rembang",
            "Kota Salatiga",
        ),
        (
            "Badan Pendapatan Daerah Kota Cirebon kedatangan tim studi tiru Bapenda Kabupaten Majalengka, "
            "Kamis (9/5/2024), untuk belajar pajak daring.",
            "Kabupaten Majalengka",
            "Kota Cirebon",
        ),
        (
            "Kantor Kecamatan Depok, Kabupaten Sleman, menerima studi banding perangkat Kecamatan Playen, "
            "Kabupaten Gunungkidul, Jumat (10/5/2024).",
            "Kabupaten Gunungkidul",
            "Kabupaten Sleman",
        ),
        (
            "Kelurahan Baciro, Kota Yogyakarta, menerima studi tiru dari Kelurahan Rejowinangun, Kota Magelang, "
            "Senin (13/5/2024), soal bank sampah.",
            "Kota Magelang",
            "Kota Yogyakarta",
        ),
        (
            "Bappeda Kota Tegal dikunjungi Bappeda Kabupaten Brebes, Selasa (14/5/2024), dalam rangka studi "
            "banding penyusunan rencana kerja.",
            "Kabupaten Brebes",
            "Kota Tegal",
        ),
        (
            "SD Negeri 2 Kota Probolinggo kedatangan rombongan studi tiru dari Dinas Pendidikan dan Kebudayaan "
            "(Disdikbud) Kabupaten Lumajang, Rabu (15/5/2024).",
            "Kabupaten Lumajang",
            "Kota Probolinggo",
        ),
    ],
)
def test_a_host_release_names_the_guest_office_as_the_origin(text: str, origin: str, dest: str) -> None:
    visits = _visits(text)
    assert len(visits) == 1
    assert visits[0]["origin"]["regency"] == origin
    assert visits[0]["destination"]["regency"] == dest


# near-misses: a host receiving an audit team, a minister's inspection, a new police chief's courtesy
# call, a complaint delegation: no study visit is reported
@pytest.mark.parametrize(
    "text",
    [
        "Pemkab Blora menerima tim pemeriksa BPK RI Perwakilan Jawa Tengah, Senin (6/5/2024), untuk audit "
        "laporan keuangan daerah.",
        "Menteri Perhubungan melakukan kunjungan kerja ke Kabupaten Banyumas, Selasa (7/5/2024), meninjau terminal.",
        "Bupati Rembang menerima kunjungan silaturahmi Kapolres Rembang yang baru, Rabu (8/5/2024).",
        "DPRD Kabupaten Kudus menerima delegasi warga Desa Jati yang mengadukan banjir, Kamis (9/5/2024).",
    ],
)
def test_a_host_receiving_no_study_visit_gives_none(text: str) -> None:
    assert _visits(text) == []


# a training body written as the subject of a verb of receiving hosts the visit: it is neither the
# programme's organizer nor where the guests come from, and its region is the destination
@pytest.mark.parametrize(
    ("text", "host_body", "dest"),
    [
        (
            "Balai Diklat Keagamaan Denpasar menerima studi banding dari Balai Diklat Keagamaan Surabaya, "
            "Senin (6/5/2024), soal pelatihan jarak jauh.",
            "Balai Diklat Keagamaan Denpasar",
            "Kota Denpasar",
        ),
        (
            "BPSDM Provinsi Jawa Timur kedatangan rombongan studi banding dari BPSDM Provinsi Nusa Tenggara Barat, "
            "Selasa (7/5/2024).",
            "BPSDM Provinsi Jawa Timur",
            "Jawa Timur",
        ),
        (
            "Badan Diklat Provinsi Kalimantan Timur dikunjungi rombongan studi tiru dari Badan Diklat Provinsi "
            "Sulawesi Barat, Kamis (9/5/2024).",
            "Badan Diklat Provinsi Kalimantan Timur",
            "Kalimantan Timur",
        ),
        (
            "Bapelkes Semarang, Rabu (8/5/2024), menerima kunjungan benchmarking dari Dinas Kesehatan Kabupaten "
            "Sambas.",
            "Bapelkes Semarang",
            None,
        ),
    ],
)
def test_a_training_body_that_receives_is_the_host(text: str, host_body: str, dest: str | None) -> None:
    visits = _visits(text)
    assert len(visits) == 1
    assert visits[0]["organizer"] != host_body
    assert visits[0]["origin"]["institution"] != host_body
    if dest is not None:
        assert dest in (visits[0]["destination"]["regency"], visits[0]["destination"]["province"])


def test_a_training_body_that_sends_its_cohort_stays_the_organizer() -> None:
    visits = _visits(
        "Peserta PKA Angkatan II BPSDM Provinsi Jawa Tengah melaksanakan studi lapangan ke Kota Batu, "
        "Senin (13/5/2024)."
    )
    assert len(visits) == 1
    assert visits[0]["organizer"] == "BPSDM Provinsi Jawa Tengah"


def test_a_training_body_receiving_an_audit_report_gives_no_visit() -> None:
    assert _visits("BPSDM Provinsi Jawa Barat menerima laporan hasil audit Inspektorat, Senin (13/5/2024).") == []


# the guests "diterima" by the host with "oleh" left out, as reports mostly write it, in a sentence of
# their own after the trip: the government or head who receives them is the destination
@pytest.mark.parametrize(
    ("text", "dest"),
    [
        (
            "Sebanyak 32 peserta Pelatihan Kepemimpinan Pengawas Kabupaten Tuban melakukan benchmarking. "
            "Mereka diterima Pemerintah Kota Kediri, Senin (6/5/2024).",
            "Kota Kediri",
        ),
        (
            "Rombongan kepala desa se-Kabupaten Sampang melaksanakan studi banding. Rombongan diterima langsung "
            "Pemerintah Kabupaten Malang, Selasa (7/5/2024), di pendopo.",
            "Kabupaten Malang",
        ),
        (
            "Peserta PKA Angkatan III Provinsi Bengkulu menggelar studi lapangan. Kedatangan mereka diterima "
            "secara resmi oleh Pemerintah Kota Bogor, Rabu (8/5/2024).",
            "Kota Bogor",
        ),
        (
            "Anggota Komisi C DPRD Kabupaten Kebumen berangkat studi banding, Kamis (9/5/2024). Di sana mereka "
            "diterima Pemkab Sidoarjo.",
            "Kabupaten Sidoarjo",
        ),
    ],
)
def test_guests_received_without_oleh_name_the_destination(text: str, dest: str) -> None:
    visits = _visits(text)
    assert len(visits) == 1
    assert visits[0]["destination"]["regency"] == dest


# near-misses: something other than guests "diterima" (a proposal, a report): no visit
@pytest.mark.parametrize(
    "text",
    [
        "Usulan anggaran Dinas Pendidikan diterima Pemerintah Kota Kediri, Senin (6/5/2024), tanpa perubahan.",
        "Laporan pertanggungjawaban Bupati diterima DPRD Kabupaten Malang dalam rapat paripurna, Selasa (7/5/2024).",
    ],
)
def test_a_document_received_is_no_visit(text: str) -> None:
    assert _visits(text) == []


# a host the map does not know (a village, a hamlet) "menjadi tujuan/tuan rumah" of a visit from a named
# place: the report states a trip; the dateline's region is the destination
@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        (
            "BANTUL - Desa Wukirsari, Kecamatan Imogiri, menjadi tujuan studi tiru 25 kepala desa dari Kabupaten "
            "Lampung Timur, Senin (6/5/2024).",
            "Kabupaten Lampung Timur",
            "Kabupaten Bantul",
        ),
        (
            "KLATEN - Dusun Gondang menjadi tujuan studi banding 20 pengurus PKK dari Kabupaten Wonogiri, "
            "Sabtu (4/5/2024).",
            "Kabupaten Wonogiri",
            "Kabupaten Klaten",
        ),
        (
            "BOYOLALI - Kampung Susu Lestari menjadi lokasi studi banding para lurah dari Kabupaten Pemalang, "
            "Rabu (8/5/2024).",
            "Kabupaten Pemalang",
            "Kabupaten Boyolali",
        ),
        (
            "SLEMAN - Padukuhan Kembang menjadi tujuan benchmarking rombongan perangkat desa dari Kabupaten Blora, "
            "Kamis (9/5/2024).",
            "Kabupaten Blora",
            "Kabupaten Sleman",
        ),
    ],
)
def test_an_unknown_host_that_became_the_goal_of_a_visit_from_a_named_place(text: str, origin: str, dest: str) -> None:
    visits = _visits(text)
    assert len(visits) == 1
    assert visits[0]["origin"]["regency"] == origin
    assert visits[0]["destination"]["regency"] == dest


# near-misses: a host said to be the goal of visits as a habit, from places it does not name
@pytest.mark.parametrize(
    "text",
    [
        "Banyuwangi selama ini menjadi tujuan studi banding dari banyak daerah di Tanah Air, kata Bupati.",
        "PONGGOK - Desa Ponggok sering menjadi tujuan studi banding dari berbagai daerah karena sukses mengelola "
        "BUMDes.",
    ],
)
def test_a_host_that_is_often_a_goal_gives_no_visit(text: str) -> None:
    assert _visits(text) == []


# the guests as all bodies of one kind in a region ("puskesmas se-Kabupaten X", "PKK se-Kota Y"): the
# region sends them, like "kepala desa se-X" (any body kind a region has many of)
@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        (
            "Puskesmas Depok I, Kabupaten Sleman, mendapat kunjungan studi banding dari puskesmas se-Kabupaten "
            "Purworejo, Kamis (9/5/2024).",
            "Kabupaten Purworejo",
            "Kabupaten Sleman",
        ),
        (
            "Pengurus TP PKK se-Kabupaten Muna Barat melakukan studi banding ke Kabupaten Gianyar, Selasa (7/5/2024).",
            "Kabupaten Muna Barat",
            "Kabupaten Gianyar",
        ),
        (
            "Kepala madrasah se-Kabupaten Brebes menggelar studi tiru ke Kota Malang, Rabu (8/5/2024).",
            "Kabupaten Brebes",
            "Kota Malang",
        ),
        (
            "Pemerintah Kota Surakarta menerima studi banding pengurus koperasi se-Kabupaten Kudus, Jumat (10/5/2024).",
            "Kabupaten Kudus",
            "Kota Surakarta",
        ),
    ],
)
def test_all_bodies_of_a_kind_of_a_region_travel_from_it(text: str, origin: str, dest: str) -> None:
    visits = _visits(text)
    assert len(visits) == 1
    assert visits[0]["origin"]["regency"] == origin
    assert visits[0]["destination"]["regency"] == dest


# near-misses: a host ranked "terbaik se-X" is not sent from X; a "se-" after a place word is its area
@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Puskesmas terbaik se-Kabupaten Sleman, Puskesmas Depok I, menerima studi banding dari Dinas Kesehatan "
            "Kabupaten Pati, Senin (6/5/2024).",
            "Kabupaten Pati",
        ),
        (
            "Sekolah Adiwiyata terbaik se-Kota Malang menerima kunjungan studi tiru dari Dinas Pendidikan "
            "Kabupaten Ngawi, Selasa (7/5/2024).",
            "Kabupaten Ngawi",
        ),
    ],
)
def test_a_host_ranked_in_its_region_is_not_the_sender(text: str, origin: str) -> None:
    visits = _visits(text)
    assert len(visits) == 1
    assert visits[0]["origin"]["regency"] == origin
