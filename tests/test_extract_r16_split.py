"""Several visits folded into one, round r16-split: one record per travelling group and destination.
Sentences written for this test, in several wordings (never article text)."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text


def _senders(text: str) -> list[tuple[str | None, str | None]]:
    out = []
    for e in extract_text(text):
        v = e.visit
        out.append((v.origin.regency or v.origin.province, v.destination.regency or v.destination.province))
    return sorted(out, key=lambda r: (r[0] or "", r[1] or ""))


# ---------------------------------------------------------------- 1. guests counted by where they come from
# A host's report that counts its guests by their home regions, in digits or words ("tamu dari 2 kabupaten",
# "rombongan DPRD dari tiga kabupaten", "kunker dewan dari dua daerah") says they came side by side: a
# record for each sender named.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DPRD Kabupaten Gresik menerima kunjungan kerja anggota dewan dari Kabupaten Sleman dan anggota DPRD "
            "Kabupaten Klaten, Rabu (7/6/2023). “Hari ini kami menerima kunker DPRD dari 2 kabupaten, DPRD "
            "Kabupaten Sleman dan Klaten,” ujar Ketua Komisi I.",
            [("Kabupaten Klaten", "Kabupaten Gresik"), ("Kabupaten Sleman", "Kabupaten Gresik")],
        ),
        (
            "Pemkot Madiun kedatangan tamu dari 2 daerah sekaligus pada Kamis (8/6/2023). Rombongan "
            "itu ialah Pemerintah Kabupaten Ngawi dan Pemerintah Kabupaten Magetan yang ingin belajar "
            "pengelolaan sampah.",
            [("Kabupaten Magetan", "Kota Madiun"), ("Kabupaten Ngawi", "Kota Madiun")],
        ),
        (
            "Kantor Bupati Kabupaten Sumedang menyambut kunjungan dari dua kabupaten, Pemkab Garut dan Pemkab "
            "Ciamis, Selasa (6/6/2023). Kedua rombongan mempelajari pelayanan perizinan terpadu.",
            [("Kabupaten Ciamis", "Kabupaten Sumedang"), ("Kabupaten Garut", "Kabupaten Sumedang")],
        ),
        (
            "Sebanyak 40 legislator dari 3 kabupaten, yakni DPRD Kabupaten Bantul, DPRD Kabupaten Kulon Progo "
            "dan DPRD Kabupaten Gunungkidul, melakukan studi banding ke DPRD Kota Malang, Senin (5/6/2023).",
            [
                ("Kabupaten Bantul", "Kota Malang"),
                ("Kabupaten Gunungkidul", "Kota Malang"),
                ("Kabupaten Kulon Progo", "Kota Malang"),
            ],
        ),
    ],
)
def test_guests_counted_by_home_are_senders_each(text, expected):
    assert _senders(text) == expected


# near-misses: one cohort's members counted by their homes, and a count of places gone to
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sebanyak 30 peserta Pelatihan Kepemimpinan Administrator yang berasal dari tiga kabupaten, yakni "
            "Kabupaten Bantul, Kabupaten Sleman dan Kabupaten Kulon Progo, studi lapangan ke Kota Malang, Senin "
            "(5/6/2023). Pelatihan itu diselenggarakan BPSDM DIY.",
            1,
        ),
        (
            "Pemkab Badung menerima rombongan peserta Diklatpim IV dari tiga kabupaten, yakni Kabupaten Sleman, "
            "Kabupaten Bantul dan Kabupaten Kulon Progo, Senin (5/6/2023).",
            1,
        ),
        (
            "DPRD Kabupaten Klaten melakukan studi banding ke Kota Malang, Senin (5/6/2023). Ketua DPRD Klaten "
            "menyebut DPRD Klaten sebelumnya menerima kunjungan dari dua kabupaten lain.",
            1,
        ),
    ],
)
def test_members_homes_and_tallies_stay_one_visit(text, expected):
    assert len(extract_text(text)) == expected


# ---------------------------------------------------------------- 2. "at the same time", whatever its preposition
# A second sender said to come at the same time ("pada waktu yang sama", "di hari yang sama", "dalam waktu
# bersamaan", "di saat yang sama") came side by side with the first: a record each.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kota Batu, Senin (5/6/2023), dikunjungi rombongan DPRD Kabupaten Jember. Di waktu bersamaan, Pemkot "
            "Batu juga menerima studi banding Pemkab Lumajang.",
            [("Kabupaten Jember", "Kota Batu"), ("Kabupaten Lumajang", "Kota Batu")],
        ),
        (
            "Bupati Badung menyambut rombongan studi tiru Pemkab Sleman di Puspem Badung, Selasa (6/6/2023). Di hari "
            "yang sama, Bupati juga menerima rombongan Pemkot Kupang.",
            [("Kabupaten Sleman", "Kabupaten Badung"), ("Kota Kupang", "Kabupaten Badung")],
        ),
        (
            "Pemkab Banyuwangi menerima kunjungan studi banding Pemerintah Kabupaten Ngawi, Rabu (7/6/2023). Dalam "
            "waktu bersamaan, rombongan Pemerintah Kota Blitar juga berkunjung untuk belajar pelayanan publik.",
            [("Kabupaten Ngawi", "Kabupaten Banyuwangi"), ("Kota Blitar", "Kabupaten Banyuwangi")],
        ),
        (
            "DPRD Kota Malang menerima kunjungan kerja DPRD Kabupaten Klaten, Kamis (8/6/2023). Pada saat yang sama, "
            "DPRD Kabupaten Sragen turut datang mempelajari tata tertib dewan.",
            [("Kabupaten Klaten", "Kota Malang"), ("Kabupaten Sragen", "Kota Malang")],
        ),
    ],
)
def test_same_time_said_with_any_preposition(text, expected):
    assert _senders(text) == expected


# near-misses: the same day said of the host's own other business, and of one group's own next stop
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pemkab Badung menerima kunjungan studi banding Pemkab Sleman, Selasa (6/6/2023). Di hari yang sama, "
            "Bupati Badung meresmikan pasar rakyat di Kecamatan Kuta.",
            1,
        ),
        (
            "Rombongan DPRD Kabupaten Klaten studi banding ke Kota Malang, Kamis (8/6/2023). Di hari yang sama "
            "mereka juga berkunjung ke Kota Batu.",
            2,
        ),
    ],
)
def test_same_day_of_other_business_adds_no_sender(text, expected):
    assert len(extract_text(text)) == expected


# ---------------------------------------------------------------- 3. heads of other regions joining the visit
# Heads of several regions listed right after the words of joining the visit ("Turut dalam kunjungan itu
# Bupati A X, Pj. Bupati B Y", "ikut serta dalam rombongan, yakni …") are visitors each; "Pj." (Penjabat),
# like Plt. and Plh., is an abbreviation inside a sentence, not its end.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kepala Dinas Penanaman Modal Badung menerima rombongan studi tiru ke Mal Pelayanan Publik Badung, "
            "Sabtu (10/6/2023). Turut dalam kunjungan itu Bupati Sleman, Kustini, Pj. Bupati Kulon Progo, Dr. Ni "
            "Made Dwipanti, dan Pj. Bupati Gunungkidul Sunaryanta.",
            [
                ("Kabupaten Gunungkidul", "Kabupaten Badung"),
                ("Kabupaten Kulon Progo", "Kabupaten Badung"),
                ("Kabupaten Sleman", "Kabupaten Badung"),
            ],
        ),
        (
            "Pemkot Surabaya menerima studi banding soal pelayanan publik, Senin (12/6/2023). Ikut serta dalam "
            "rombongan tersebut, yakni Wali Kota Kupang Budi Santoso dan Bupati Sumba Timur Agus Salim.",
            [("Kabupaten Sumba Timur", "Kota Surabaya"), ("Kota Kupang", "Kota Surabaya")],
        ),
        (
            "Rombongan studi banding tiba di Kabupaten Banyuwangi, Selasa (13/6/2023). Turut serta dalam "
            "kunjungan kerja itu Pj. Bupati Pati Henggar Budi dan Pj. Wali Kota Tegal Dadang Somantri.",
            [("Kabupaten Pati", "Kabupaten Banyuwangi"), ("Kota Tegal", "Kabupaten Banyuwangi")],
        ),
        (
            "MPP Kabupaten Badung kembali didatangi rombongan studi tiru, Rabu (14/6/2023). Ikut dalam kunjungan itu "
            "Pj. Bupati Buton Selatan La Ode Budi, Bupati Wakatobi Haliana serta Pj. Bupati Buton Tengah Andi.",
            [
                ("Kabupaten Buton Selatan", "Kabupaten Badung"),
                ("Kabupaten Buton Tengah", "Kabupaten Badung"),
                ("Kabupaten Wakatobi", "Kabupaten Badung"),
            ],
        ),
    ],
)
def test_heads_joining_the_visit_are_visitors_each(text, expected):
    assert _senders(text) == expected


# near-misses: the sender's own officials joining its trip, and the host's heads at the reception
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rombongan Pemkab Sleman melakukan studi tiru ke Mal Pelayanan Publik Kabupaten Badung, Sabtu "
            "(10/6/2023). Turut dalam kunjungan itu Bupati Sleman Kustini dan Wakil Bupati Sleman Danang.",
            [("Kabupaten Sleman", "Kabupaten Badung")],
        ),
        (
            "Rombongan DPRD Kabupaten Sleman melakukan studi banding ke Kabupaten Badung, Sabtu (10/6/2023). Turut "
            "hadir menyambut Bupati Badung Giri Prasta dan Wakil Bupati Badung Suiasa.",
            [("Kabupaten Sleman", "Kabupaten Badung")],
        ),
    ],
)
def test_own_officials_and_hosts_add_no_visitor(text, expected):
    assert _senders(text) == expected


def test_acting_titles_do_not_end_a_sentence():
    from diklat_cli.extract.sentences import sentence_spans

    text = "Hadir Pj. Bupati Sleman dan Pjs. Wali Kota Kupang. Rombongan lalu berangkat."
    assert len(sentence_spans(text)) == 2
