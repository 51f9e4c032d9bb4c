"""Rules written for the shapes of the lb-/lc- field articles (round 3), each on sentences of our own."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.extract.participants import find_participants
from diklat_cli.extract.programs import find_open_programs
from tests.extracted import days_of, lokus_of


def _counts(text: str) -> list[int]:
    return [m.value for m in find_participants(text)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Dinas Perikanan mengutus 6 pegawai untuk belajar ke Kabupaten Gresik.", 6),
        ("Kantor Wilayah itu mengutus tujuh orang pejabat dalam studi tiru ke Semarang.", 7),
        ("Pemerintah desa mengutus 12 perangkat desa mengikuti studi banding.", 12),
    ],
)
def test_an_office_sends_people_with_mengutus(text, count):
    assert count in _counts(text)


def test_mengutus_does_not_count_an_escort_unit():
    # near-miss: what is sent is widyaiswara escorting, not the travellers
    assert 3 not in _counts("Balai itu mengutus 3 widyaiswara untuk mendampingi rombongan.")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the staff are the travellers themselves: escorts would be the smaller part
        ("Balai Pelatihan mengutus 5 orang, terdiri atas 4 orang widyaiswara dan 1 orang sopir.", 5),
        ("Tim berjumlah 6 orang, terdiri dari 3 orang widyaiswara dan 3 orang staf.", 6),
        # near-miss: escorts are the smaller part of a cohort's group, so the trainees are the rest
        ("Rombongan berjumlah 40 orang, terdiri dari 34 camat dan 6 orang pendamping.", 34),
        ("Sebanyak 25 orang, terdiri atas 22 kepala desa dan 3 orang widyaiswara, tiba di Malang.", 22),
    ],
)
def test_a_breakdown_mostly_of_staff_keeps_its_total(text, count):
    assert _counts(text)[0] == count


@pytest.mark.parametrize(
    "text",
    [
        "Balai Diklat Keagamaan Denpasar menggelar kunjungan ke Balai Diklat Keagamaan Surabaya.",
        "Rombongan Pusat Pelatihan Kerja Daerah melakukan studi banding ke Bandung.",
        "Balai Besar Pelatihan Kesehatan Makassar melaksanakan kaji banding ke Jakarta.",
        "Kepala Badan Pendidikan dan Pelatihan Daerah melakukan studi tiru ke Surabaya.",
    ],
)
def test_a_training_body_is_no_course(text):
    assert find_open_programs(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Peserta Diklat Teknis Pengadaan melakukan studi banding ke Bandung.", "Diklat Teknis Pengadaan"),
        ("Rombongan Pelatihan Kader Posyandu melaksanakan kunjungan ke Malang.", "Pelatihan Kader Posyandu"),
    ],
)
def test_a_course_is_still_a_course(text, name):
    assert [p.name for p in find_open_programs(text)] == [name]


def _dest(text: str) -> list[str | None]:
    return [e.visit.destination.province for e in extract_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the host official's name in apposition between the region and the receiving verb
        "Sekretaris Daerah Provinsi Bali, Wayan Sutama, menerima kunjungan 30 peserta PKA dari BPSDM"
        " Provinsi Nusa Tenggara Timur di kantornya, Senin (3/6/2024).",
        "Asisten Pemerintahan Provinsi Bali, Ketut Arya Wibawa, menyambut kedatangan 25 peserta PKP dari"
        " Pemerintah Provinsi Nusa Tenggara Timur, Selasa (4/6/2024).",
        "Wakil Gubernur Bali, Sukma, dengan hangat menerima rombongan studi tiru dari Provinsi Nusa Tenggara"
        " Timur, Rabu (5/6/2024).",
    ],
)
def test_the_host_official_named_in_apposition_receives(text):
    assert _dest(text) == ["Bali"]


def test_the_sending_official_named_in_apposition_does_not_receive():
    # near-miss: the official in apposition leads the travellers; the verb is no reception
    text = (
        "Kepala BPSDM Provinsi Nusa Tenggara Timur, Yohanes Bria, memimpin rombongan peserta PKA studi"
        " lapangan ke Provinsi Bali, Senin (3/6/2024)."
    )
    assert _dest(text) == ["Bali"]


@pytest.mark.parametrize(
    "text",
    [
        # a blog's hard line break between the word and its definition
        "Untuk mendampingi pengurus desa wisata, selain pelatihan yang kami berikan, kegiatan study banding juga"
        " diperlukan.\nStudy banding\nadalah cara belajar dengan mendatangi tempat lain yang sudah berhasil."
        " Peserta bisa melihat langsung pengelolaan desa wisata di sana.",
        # the spelling with y, on one line
        "Selain pelatihan dan pendampingan yang kami berikan kepada pengurus desa wisata, study banding juga"
        " dibutuhkan.\nStudy banding adalah kegiatan belajar ke lokasi lain, agar peserta merasakan langsung"
        " keberhasilan pengelolaan di tempat lain.",
        "Pendampingan desa wisata tidak cukup dengan pelatihan; study banding juga perlu.\nMenurut kami, study"
        " banding\nmerupakan cara belajar yang dijalankan di lokasi berbeda agar peserta melihat langsung"
        " keberhasilan di tempat lain.",
    ],
)
def test_an_explainer_of_study_banding_is_no_visit(text):
    assert extract_text(text) == []


def test_a_study_banding_reported_across_a_line_break_is_a_visit():
    # near-miss: the line break stands inside a report of one trip, no definition follows
    text = (
        "Pemerintah Desa Sukamaju, Kabupaten Garut, melakukan study banding\nke Desa Ponggok, Kabupaten Klaten,"
        " Senin (3/6/2024). Rombongan diterima kepala desa setempat."
    )
    assert _dest(text) == ["Jawa Tengah"]


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan Bagian Organisasi Setda Kabupaten Gowa berkunjung ke Pemkot Surabaya, Selasa (4/6/2024)."
        " Kunjungan itu ingin mengetahui cara Surabaya mengelola layanan perizinan.",
        "Pejabat Dinas Kesehatan Kabupaten Gowa mendatangi Pemkot Surabaya, Selasa (4/6/2024), untuk mencari"
        " tahu kiat kota itu menurunkan angka stunting.",
        '"Kami ingin tahu cara Surabaya menata kampungnya," kata ketua rombongan Pemkab Gowa yang berkunjung'
        " ke Pemkot Surabaya, Selasa (4/6/2024).",
    ],
)
def test_wanting_to_know_how_the_host_works_is_a_learning_purpose(text):
    assert _dest(text) == ["Jawa Timur"]


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: wanting to know a state of affairs is an inspection, not learning from a host
        "Gubernur Jawa Timur berkunjung ke Kabupaten Gresik, Selasa (4/6/2024). Ia ingin mengetahui kondisi"
        " jalan yang rusak.",
        "Bupati Gowa mendatangi Pemkot Surabaya, Selasa (4/6/2024), karena ingin tahu kabar warganya yang"
        " dirawat di sana.",
    ],
)
def test_wanting_to_know_a_state_of_affairs_is_no_learning(text):
    assert extract_text(text) == []


_ARCHIVE = (
    "Peserta PKA Belajar Pelayanan Publik di Kota Batu\n\n{year}\n\nBATU - Peserta PKA Angkatan V BPSDM Provinsi"
    " Kalimantan Barat melaksanakan studi lapangan di Pemerintah Kota Batu, {day}."
)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the archive's year line dates a yearless day whose weekday fits it
        (_ARCHIVE.format(year="2024", day="Kamis (6/6)"), [("2024-06-06", "2024-06-06")]),
        (_ARCHIVE.format(year="2019", day="Senin (4/3)"), [("2019-03-04", "2019-03-04")]),
        # near-miss: 6 June 2023 was a Tuesday, so a Thursday that day is not of that year
        (_ARCHIVE.format(year="2023", day="Kamis (6/6)"), [(None, None)]),
    ],
)
def test_a_year_alone_on_a_header_line(text, days):
    assert days_of(text) == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Rangkaian studi lapangan peserta PKA BPSDM Provinsi Kalimantan Barat di Pemerintah Kota Batu"
            " tiba di hari terakhirnya pada Jumat (7/6/2024).",
            [(None, "2024-06-07")],
        ),
        (
            "Peserta PKA BPSDM Provinsi Kalimantan Barat melaksanakan studi lapangan di Pemerintah Kota Batu."
            " Pada hari terakhir kunjungan, Jumat (7/6/2024), peserta memaparkan rekomendasinya.",
            [(None, "2024-06-07")],
        ),
        # near-misses: a last visit (no last day of a stay) is its one day; an arrival in a region opens the stay
        (
            "Peserta PKA BPSDM Provinsi Kalimantan Barat melakukan kunjungan terakhir mereka ke Pemerintah Kota"
            " Batu pada Jumat (7/6/2024).",
            [("2024-06-07", "2024-06-07")],
        ),
        (
            "Peserta PKA BPSDM Provinsi Kalimantan Barat tiba di Kota Batu pada Senin (3/6/2024) untuk studi lapangan.",
            [("2024-06-03", None)],
        ),
    ],
)
def test_the_last_day_of_a_stay_told_alone(text, days):
    assert days_of(text) == days


@pytest.mark.parametrize(
    ("text", "lokus"),
    [
        (
            "Pemerintah Kabupaten Sleman melakukan studi banding ke Kabupaten Badung, Selasa (4/6/2024). Studi"
            " banding ini menyasar Dinas Pariwisata dan Badan Pendapatan Daerah Kabupaten Badung.",
            ["Dinas Pariwisata", "Badan Pendapatan Daerah"],
        ),
        (
            "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kabupaten Badung, Selasa (4/6/2024)."
            " Kunjungan itu menyasar Dinas Kesehatan Kabupaten Badung.",
            ["Dinas Kesehatan"],
        ),
        # near-misses: what a host's own programme aims at is no unit visited
        (
            "Pemerintah Kabupaten Sleman melakukan studi banding ke Kabupaten Badung, Selasa (4/6/2024). Mereka"
            " belajar dari program bantuan Pemkab Badung yang menyasar warga Desa Mengwi.",
            [],
        ),
        (
            "Pemerintah Kabupaten Sleman melakukan studi banding ke Kabupaten Badung, Selasa (4/6/2024). Mereka"
            " belajar program Dinas Sosial yang menyasar Kelompok Wanita Tani.",
            [],
        ),
    ],
)
def test_the_units_a_trip_aims_at(text, lokus):
    assert lokus_of(text) == [lokus]


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 40 praja IPDN menjalani praktek lapangan di Pemerintah Kota Cirebon selama sebulan, 2-30 Mei"
        " 2024, agar mereka dapat mempelajari tugas pokok perangkat daerah.",
        "Dua puluh pegawai Dinas Pertanian Kabupaten Garut mengikuti praktik lapangan di Kabupaten Bandung,"
        " 3-5 Juni 2024, untuk mempelajari budidaya hidroponik.",
    ],
)
def test_a_field_stage_named_praktek_lapangan_is_a_trip(text):
    assert _dest(text) == ["Jawa Barat"]


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the stage talked of, not gone on
        "Praktek lapangan merupakan bagian dari kurikulum wajib praja untuk mempelajari tugas pemerintahan.",
        "Materi praktek lapangan tentang pelayanan publik akan dipelajari di kelas Kota Cirebon pekan depan.",
    ],
)
def test_praktek_lapangan_talked_of_is_no_trip(text):
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        # a group from across the country, quoted member by member: their homes are no origin
        (
            "Sebanyak 60 praja IPDN menjalani praktek lapangan di Pemerintah Kota Cirebon, 2-30 Mei 2024, untuk"
            ' mempelajari pelayanan publik. "Kami betah di sini," kata Rina Lestari, praja asal Kabupaten Bekasi.',
            None,
        ),
        # near-miss: a group's own origin written with "asal" stays its origin
        (
            "Rombongan kepala desa asal Kabupaten Sleman melakukan studi banding ke Kabupaten Badung, Selasa"
            " (4/6/2024), untuk mempelajari pengelolaan BUMDes.",
            "DI Yogyakarta",
        ),
    ],
)
def test_a_quoted_members_home_is_no_origin(text, origin):
    assert [e.visit.origin.province for e in extract_text(text)] == [origin]


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        # a fronted "sesudah/usai" clause leaves its subject, the travellers, to the main clause
        (
            "Setelah lebih dulu singgah di Kabupaten Sleman dan di Kabupaten Klaten, hari ini Selasa (4/6/2024)"
            " rombongan Pemkab Garut kembali melakukan studi banding, kali ini di Kabupaten Badung.",
            {"DI Yogyakarta", "Jawa Tengah", "Bali"},
        ),
        (
            "Usai singgah di Kota Malang, rombongan peserta PKA BPSDM Provinsi Kalimantan Barat melaksanakan"
            " studi lapangan di Pemerintah Kota Denpasar, Rabu (5/6/2024).",
            {"Jawa Timur", "Bali"},
        ),
        # near-miss: a stop for fuel told of the bus, not of the travellers, in a sentence of its own
        (
            "Setelah singgah di Kabupaten Sleman untuk mengisi bahan bakar, bus melanjutkan perjalanan. Pemerintah"
            " Kabupaten Garut melakukan studi banding di Kabupaten Badung, Selasa (4/6/2024).",
            {"Bali"},
        ),
    ],
)
def test_stops_told_in_a_fronted_clause(text, provinces):
    assert set(_dest(text)) == provinces


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        # "DPRD II X", "DPRD Tingkat II X": the older name of a regency's council
        (
            "Kunjungan pimpinan dan anggota DPRD Tingkat II Sragen ke Kabupaten Badung, Selasa (4/6/2024), untuk"
            " studi banding pengelolaan pasar.",
            "Jawa Tengah",
        ),
        (
            "Kunjungan pimpinan dan anggota DPRD II Sragen ke Kabupaten Badung, Selasa (4/6/2024), untuk studi"
            " banding pengelolaan pasar.",
            "Jawa Tengah",
        ),
        # near-miss: a council whose place begins with an I is that place's council
        (
            "Rombongan anggota DPRD Indramayu melakukan studi banding ke Kabupaten Badung, Selasa (4/6/2024),"
            " untuk mempelajari pengelolaan pasar.",
            "Jawa Barat",
        ),
    ],
)
def test_a_council_of_tingkat_ii(text, origin):
    assert [(e.visit.origin.province, e.visit.destination.province) for e in extract_text(text)] == [(origin, "Bali")]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the stops of a fronted "sesudah …," clause came before the day the main clause gives
        (
            "Setelah lebih dulu singgah di Kabupaten Sleman dan di Kabupaten Klaten, hari ini Selasa (4/6/2024)"
            " rombongan Pemkab Garut kembali melakukan studi banding, kali ini di Kabupaten Badung.",
            [("Bali", "2024-06-04"), ("DI Yogyakarta", None), ("Jawa Tengah", None)],
        ),
        (
            "Sesudah singgah di Kota Malang, hari ini Rabu (5/6/2024) rombongan peserta PKA BPSDM Provinsi"
            " Kalimantan Barat melaksanakan studi lapangan di Pemerintah Kota Denpasar.",
            [("Bali", "2024-06-05"), ("Jawa Timur", None)],
        ),
        # near-miss: no fronted clause, the trip's day is every stop's as before
        (
            "Rombongan Pemkab Garut singgah di Kabupaten Sleman dan di Kabupaten Klaten, lalu pada Selasa"
            " (4/6/2024) melakukan studi banding di Kabupaten Badung.",
            [("Bali", "2024-06-04"), ("DI Yogyakarta", "2024-06-04"), ("Jawa Tengah", "2024-06-04")],
        ),
    ],
)
def test_the_day_of_a_main_clause_after_fronted_stops(text, days):
    got = sorted(
        (e.visit.destination.province or "", e.visit.start_date.isoformat() if e.visit.start_date else None)
        for e in extract_text(text)
    )
    assert got == days
