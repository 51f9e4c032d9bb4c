"""Trips with several visits: who went where, on which day (issue 11, families 2, 5 and 6).
Invented articles, each shape in at least two wordings. Every sentence here is made up for these tests."""

from __future__ import annotations

import datetime as dt

from diklat_cli.extract import extract_text
from diklat_cli.models import Visit

D = dt.date


def visits(*paragraphs: str) -> list[Visit]:
    return [e.visit for e in extract_text("\n\n".join(paragraphs))]


def by_dest(found: list[Visit]) -> dict[str | None, Visit]:
    return {v.destination.regency or v.destination.province: v for v in found}


# ---------------------------------------------------------------- the town the travellers leave is their home


def test_a_council_leaving_the_dateline_town_sends_its_komisi_each_to_its_own_place() -> None:
    # a local outlet reports its own council away: the town they leave ("berangkat ke luar daerah")
    # is their home, not the place visited
    found = visits(
        "Gedung Dewan Sepi Ditinggal Anggota",
        "SAMPANG, kabarmadura.id - Gedung DPRD Sampang sepi sejak Senin karena para anggota dewan berangkat ke "
        "luar daerah untuk kunjungan kerja. Komisi I berkunjung ke DPRD Kota Probolinggo, sedangkan Komisi II "
        "menuju Dinas Pertanian Kabupaten Jember. Komisi III mendatangi DPRD Kota Blitar. Hasilnya akan dipakai "
        "untuk membenahi pelayanan di Sampang, kata Sekretaris DPRD. Masalah pupuk di Sampang juga dibahas.",
    )
    assert sorted(by_dest(found)) == ["Kabupaten Jember", "Kota Blitar", "Kota Probolinggo"]
    assert {v.origin.regency for v in found} == {"Kabupaten Sampang"}


def test_leaving_town_told_of_the_members() -> None:
    # "keluar kota" written closed up; the people of the town, not its council, leave it
    found = visits(
        "NGAWI, suaramataraman.com - Selama tiga hari, ruang rapat dewan kosong: 30 wakil rakyat Ngawi pergi "
        "keluar kota untuk kunjungan kerja. "
        "Komisi A ke Kota Madiun dan Komisi B ke Kabupaten Ponorogo untuk belajar tata kelola pasar. Pasar di "
        "Ngawi selama ini dinilai kumuh, dan parkir di Ngawi semrawut.",
    )
    assert sorted(by_dest(found)) == ["Kabupaten Ponorogo", "Kota Madiun"]
    assert {v.origin.regency for v in found} == {"Kabupaten Ngawi"}


def test_the_place_gone_to_before_leaving_town_is_still_the_destination() -> None:
    # "ke luar daerah" describes the trip; the place it goes to stays the destination
    found = visits(
        "KUDUS, kabarkudus.id - Peserta PKP Angkatan II Kabupaten Kudus melakukan studi lapangan ke Kota "
        "Salatiga, perjalanan pertama mereka ke luar daerah, Rabu (5/6/2024).",
    )
    assert [(v.origin.regency, v.destination.regency) for v in found] == [("Kabupaten Kudus", "Kota Salatiga")]


# ---------------------------------------------------------------- a speaker tells how the group was divided


def test_a_speaker_dividing_the_group_among_named_regencies_gives_a_visit_each() -> None:
    # what a speaker says of where the groups went is an account of the trip, not talk about trips;
    # the group's total is no one part's count
    found = visits(
        "YOGYAKARTA, kabarjogja.id - DPRD Kabupaten Kebumen menggelar studi banding ke DIY pada 4-5 Juni "
        "2024. Rombongan berjumlah 28 orang.",
        "“Rombongan kami bagi untuk mengunjungi tiga kabupaten, yakni Sleman, Bantul dan Kulon Progo,” "
        "kata Ketua DPRD Kebumen. Di Sleman dan Bantul mereka melihat pengelolaan desa wisata.",
    )
    assert sorted(by_dest(found)) == ["Kabupaten Bantul", "Kabupaten Kulon Progo", "Kabupaten Sleman"]
    assert {(v.participants, v.start_date, v.end_date) for v in found} == {(None, D(2024, 6, 4), D(2024, 6, 5))}


def test_a_speaker_telling_the_group_split_up_over_two_cities() -> None:
    found = visits(
        "SEMARANG, kabarjateng.id - Anggota DPRD Kabupaten Blora melaksanakan kunjungan kerja ke Jawa Tengah "
        "bagian selatan, Selasa (11/6/2024), untuk belajar pengelolaan pasar.",
        "“Kami berpencar, sebagian ke Kota Magelang dan sebagian lagi ke Kota Salatiga,” ujar Wakil Ketua DPRD "
        "Blora. "
        "Di Kota Magelang rombongan melihat pasar tradisional.",
    )
    assert sorted(by_dest(found)) == ["Kota Magelang", "Kota Salatiga"]


# ---------------------------------------------------------------- a host receiving several councils


def test_a_council_that_came_together_with_others_is_a_visitor_too() -> None:
    # "X, <its province>, yang datang bersamaan dengan rombongan dari Y": the relative clause says X came
    found = visits(
        "DPRD Kebumen Kedatangan Tamu",
        "KEBUMEN – Kantor DPRD Kebumen kembali didatangi tamu yang ingin belajar tentang Perda pasar. Pujian "
        "disampaikan Ketua DPRD Kota Bontang, Kalimantan Timur, yang datang bersamaan dengan rombongan dari DPRD "
        "Kabupaten Wonogiri, dan juga dari DPRD Kabupaten Pati, Rabu (12/6).",
    )
    assert sorted(v.origin.regency for v in found) == ["Kabupaten Pati", "Kabupaten Wonogiri", "Kota Bontang"]
    assert {v.destination.regency for v in found} == {"Kabupaten Kebumen"}


def test_a_council_that_visited_along_with_another_told_with_berkunjung() -> None:
    found = visits(
        "TEMANGGUNG – Pemkab Temanggung menerima studi banding soal pengelolaan sampah. Wakil Ketua DPRD "
        "Kabupaten Banggai yang berkunjung bersama rombongan DPRD Kota Batu mengaku kagum, Kamis (13/6).",
    )
    assert sorted(v.origin.regency for v in found) == ["Kabupaten Banggai", "Kota Batu"]


# ---------------------------------------------------------------- the visitors written as a list

_HOST_OPENS = (
    "MADIUN - Pemerintah Kota Madiun menerima kunjungan studi banding tentang Mal Pelayanan Publik, Kamis (6/6/2024). "
)
_THREE_BODIES = {
    ("DPRD Kabupaten Ngawi", "Kabupaten Ngawi"),
    ("Bappeda Kabupaten Magetan", "Kabupaten Magetan"),
    ("DPRD Kota Kediri", "Kota Kediri"),
}


def _bodies(found: list[Visit]) -> set[tuple[str | None, str | None]]:
    assert {(v.destination.regency, v.start_date) for v in found} == {("Kota Madiun", D(2024, 6, 6))}
    return {(v.origin.institution, v.origin.regency) for v in found}


def test_visitors_listed_under_bullets_are_a_visit_each() -> None:
    found = visits(
        _HOST_OPENS + "Rombongan yang datang berasal dari:\n- DPRD Kabupaten Ngawi\n- Bappeda Kabupaten Magetan\n"
        "- DPRD Kota Kediri\nPara tamu diterima Sekda Kota Madiun di ruang rapat.",
    )
    assert _bodies(found) == _THREE_BODIES


def test_visitors_listed_under_numbers_are_a_visit_each() -> None:
    found = visits(
        _HOST_OPENS + "Tamu yang hadir yaitu:\n1. DPRD Kabupaten Ngawi;\n2. Bappeda Kabupaten Magetan;\n"
        "3. DPRD Kota Kediri.\nPara tamu diterima Sekda Kota Madiun.",
    )
    assert _bodies(found) == _THREE_BODIES


def test_visitors_listed_in_a_sentence_are_a_visit_each() -> None:
    found = visits(
        "MADIUN - Pemerintah Kota Madiun menerima kunjungan studi banding tentang Mal Pelayanan Publik dari DPRD "
        "Kabupaten Ngawi, Bappeda Kabupaten Magetan dan DPRD Kota Kediri, Kamis (6/6/2024).",
    )
    assert _bodies(found) == _THREE_BODIES


def test_where_one_cohorts_members_come_from_is_no_list_of_visitors() -> None:
    found = visits(
        "MADIUN - Peserta PKA Angkatan II BPSDM Jawa Timur melaksanakan studi lapangan ke Pemerintah Kota Madiun, "
        "Kamis (6/6/2024). Peserta berasal dari:\n- Kabupaten Ngawi\n- Kabupaten Magetan\n- Kota Kediri",
    )
    assert [(v.destination.regency, v.origin.regency) for v in found] == [("Kota Madiun", None)]


# ---------------------------------------------------------------- a sub-group named, its place in the next sentence


def test_a_komisi_named_in_one_sentence_and_its_destination_in_the_next() -> None:
    # "Rombongan komisi ini", "Mereka": the next sentence goes on about the group just named
    found = visits(
        "LAMONGAN - DPRD Kabupaten Lamongan melakukan kunjungan kerja, Senin (10/6/2024). Komisi A dipimpin "
        "ketuanya, Budi Santoso. Rombongan komisi ini mengunjungi DPRD Kota Batu. Sementara Komisi B dipimpin Sri "
        "Wahyuni. Mereka menuju Kabupaten Banyuwangi untuk belajar soal pariwisata.",
    )
    assert sorted(by_dest(found)) == ["Kabupaten Banyuwangi", "Kota Batu"]
    assert {v.origin.regency for v in found} == {"Kabupaten Lamongan"}


def test_a_komisi_and_its_destination_told_as_its_aim() -> None:
    # "Untuk Komisi C, tujuannya Kota A": the group's destination named as its aim
    found = visits(
        "LAMONGAN - Anggota DPRD Kabupaten Lamongan melakukan studi banding, Senin (10/6/2024). Untuk Komisi C, "
        "tujuannya Kota Malang. Komisi D memilih Kabupaten Jember sebagai lokasi studi banding.",
    )
    assert sorted(by_dest(found)) == ["Kabupaten Jember", "Kota Malang"]


# ---------------------------------------------------------------- sub-groups that left on different days


def test_each_komisi_keeps_the_day_said_of_it_in_another_sentence() -> None:
    # the days are told of the groups by their names, apart from the sentence naming their places
    found = visits(
        "BANGKALAN - DPRD Bangkalan melakukan kunjungan kerja ke luar daerah. Komisi A dan B ke Bali, sedangkan "
        "Komisi C ke Kota Palembang. “Komisi A dan B sudah berangkat sejak Senin (3/6/2024), Komisi C baru "
        "berangkat Selasa (4/6/2024),” kata Sekretaris DPRD.",
    )
    assert {v.destination.province: v.start_date for v in found} == {
        "Bali": D(2024, 6, 3),
        "Sumatera Selatan": D(2024, 6, 4),
    }


def test_the_other_komisi_take_the_day_said_of_the_others() -> None:
    # "komisi lainnya": the groups not given a day of their own
    found = visits(
        "LAMONGAN - DPRD Kabupaten Lamongan melakukan kunjungan kerja untuk belajar pengelolaan pasar. Komisi I "
        "ke Kota Batu dan Komisi II ke Kabupaten Jember. Komisi II berangkat lebih dulu pada Senin (3/6/2024), "
        "sedangkan komisi lainnya baru berangkat Rabu (5/6/2024).",
    )
    assert {v.destination.regency: v.start_date for v in found} == {
        "Kabupaten Jember": D(2024, 6, 3),
        "Kota Batu": D(2024, 6, 5),
    }


# ---------------------------------------------------------------- an itinerary told day by day


def test_an_itinerary_by_numbered_days_gives_each_stop_its_day() -> None:
    # "Hari pertama … Hari kedua …" counts from the first day of the trip's span
    found = visits(
        "SOLO - Peserta PKA Angkatan V BPSDM Provinsi Jambi melaksanakan studi lapangan di Jawa Tengah pada 3-4 "
        "Juni 2024. Hari pertama, peserta belajar di Pemerintah Kota Surakarta. Hari kedua, peserta mengunjungi "
        "Pemerintah Kabupaten Sragen.",
    )
    assert {v.destination.regency: (v.start_date, v.end_date) for v in found} == {
        "Kota Surakarta": (D(2024, 6, 3), D(2024, 6, 3)),
        "Kabupaten Sragen": (D(2024, 6, 4), D(2024, 6, 4)),
    }


def test_an_itinerary_with_the_day_number_after_the_stop() -> None:
    found = visits(
        "SOLO - Peserta PKP Angkatan II Kabupaten Kudus melaksanakan studi lapangan selama tiga hari, 10-12 "
        "Juni 2024. Rombongan mengunjungi Pemerintah Kota Surakarta pada hari pertama, lalu ke Pemerintah Kabupaten "
        "Klaten pada hari ke-3.",
    )
    assert {v.destination.regency: (v.start_date, v.end_date) for v in found} == {
        "Kota Surakarta": (D(2024, 6, 10), D(2024, 6, 10)),
        "Kabupaten Klaten": (D(2024, 6, 12), D(2024, 6, 12)),
    }


# ---------------------------------------------------------------- the dateline's city is where the reporter files


def test_the_dateline_city_beside_the_trips_days_does_not_take_them_from_the_other_stops() -> None:
    # "MAKASSAR - … 3-6 Juni 2024": the dateline opens the sentence of the days; every stop shares them
    found = visits(
        "MAKASSAR - Peserta PKN Tingkat II Angkatan X LAN melaksanakan visitasi, 3-6 Juni 2024. Lokasi visitasi "
        "antara lain Pemerintah Kota Makassar serta Pemerintah Kabupaten Gowa.",
    )
    assert {v.destination.regency: (v.start_date, v.end_date) for v in found} == {
        "Kota Makassar": (D(2024, 6, 3), D(2024, 6, 6)),
        "Kabupaten Gowa": (D(2024, 6, 3), D(2024, 6, 6)),
    }


def test_the_dateline_city_as_a_later_stop_of_an_itinerary() -> None:
    found = visits(
        "SLEMAN, kabarjogja.id - Rombongan DPRD Kabupaten Pati melaksanakan studi banding pada Senin-Selasa "
        "(3-4/6/2024). Rombongan mengunjungi Pemerintah Kota Yogyakarta, kemudian melanjutkan kunjungan ke "
        "Pemerintah Kabupaten Sleman.",
    )
    assert {v.destination.regency: (v.start_date, v.end_date) for v in found} == {
        "Kota Yogyakarta": (D(2024, 6, 3), D(2024, 6, 4)),
        "Kabupaten Sleman": (D(2024, 6, 3), D(2024, 6, 4)),
    }


# ---------------------------------------------------------------- the next stop written without its verb


def test_the_next_stop_after_lalu_continues_the_visit() -> None:
    # "mengunjungi A, lalu B": the verb of visiting carries over to the next stop
    found = visits(
        "SOLO - Peserta PKP Angkatan II Kabupaten Kudus melaksanakan studi lapangan, Senin (10/6/2024). Rombongan "
        "mengunjungi Pemerintah Kota Surakarta, lalu Pemerintah Kabupaten Klaten.",
    )
    assert sorted(by_dest(found)) == ["Kabupaten Klaten", "Kota Surakarta"]


def test_the_next_stop_after_kemudian_with_its_own_day() -> None:
    found = visits(
        "SOLO - Peserta PKP Angkatan II Kabupaten Kudus melaksanakan studi lapangan ke Kota Surakarta pada Senin "
        "(10/6/2024), kemudian Kabupaten Klaten pada Selasa (11/6/2024).",
    )
    assert {v.destination.regency: v.start_date for v in found} == {
        "Kota Surakarta": D(2024, 6, 10),
        "Kabupaten Klaten": D(2024, 6, 11),
    }
    # a head of region after "lalu" is a speaker, not a stop
    spoken = visits(
        "SOLO - Peserta PKP Angkatan II Kabupaten Kudus melaksanakan studi lapangan ke Kota Surakarta pada Senin "
        "(10/6/2024), lalu Bupati Klaten memberi sambutan.",
    )
    assert [v.destination.regency for v in spoken] == ["Kota Surakarta"]


# ---------------------------------------------------------------- groups named by their order, or one a line


def test_groups_named_by_their_order_go_each_to_their_own_place() -> None:
    found = visits(
        "SURABAYA - Peserta PKA Angkatan II Kabupaten Jember melakukan benchmarking, Rabu (5/6/2024). Kelompok "
        "pertama ke Pemerintah Kota Surabaya, kelompok kedua ke Pemerintah Kabupaten Sidoarjo.",
    )
    assert sorted(by_dest(found)) == ["Kabupaten Sidoarjo", "Kota Surabaya"]


def test_groups_given_their_place_one_a_line() -> None:
    # "Kelompok 1: <place>": the label and its place on a line of their own
    found = visits(
        "SURABAYA - Peserta PKA Angkatan II Kabupaten Jember melakukan benchmarking, Rabu (5/6/2024). Pembagian "
        "lokus sebagai berikut:\nKelompok 1: Pemerintah Kota Surabaya\nKelompok 2: Pemerintah Kabupaten Sidoarjo\n"
        "Kelompok 3: Pemerintah Kota Malang",
    )
    assert sorted(by_dest(found)) == ["Kabupaten Sidoarjo", "Kota Malang", "Kota Surabaya"]


def test_places_counted_then_listed_under_bullets() -> None:
    # "ke tiga daerah …:" then one place a line: the places counted, then named
    found = visits(
        "JEMBER - Peserta PKP Angkatan III Kabupaten Jember melaksanakan studi lapangan ke tiga daerah, Rabu "
        "(5/6/2024):\n- Kota Batu\n- Kabupaten Malang\n- Kota Pasuruan",
    )
    assert sorted(by_dest(found)) == ["Kabupaten Malang", "Kota Batu", "Kota Pasuruan"]


# ---------------------------------------------------------------- the same kind of unit at each stop


def test_a_council_visited_at_each_stop_is_a_unit_of_each() -> None:
    found = visits(
        "SAMPANG - DPRD Sampang melakukan kunjungan kerja untuk belajar soal perda, Senin (3/6/2024). Komisi I "
        "berkunjung ke DPRD Kota Probolinggo, Komisi II mendatangi DPRD Kota Blitar dan Komisi III ke DPRD "
        "Kabupaten Jember.",
    )
    assert {v.destination.regency: v.host_agencies for v in found} == {
        "Kota Probolinggo": ["DPRD"],
        "Kota Blitar": ["DPRD"],
        "Kabupaten Jember": ["DPRD"],
    }


def test_an_office_of_the_same_name_in_each_regency_is_a_unit_of_each() -> None:
    found = visits(
        "MALANG - Peserta PKP Angkatan IV Kabupaten Blitar melaksanakan studi lapangan, Selasa (4/6/2024). "
        "Kelompok 1 belajar ke Dinas Kesehatan Kota Batu, sedangkan kelompok 2 ke Dinas Kesehatan Kabupaten "
        "Malang.",
    )
    assert {v.destination.regency: v.host_agencies for v in found} == {
        "Kota Batu": ["Dinas Kesehatan"],
        "Kabupaten Malang": ["Dinas Kesehatan"],
    }


# ---------------------------------------------------------------- delegations received together, counted


def test_councils_that_came_along_and_were_counted_are_a_visit_each() -> None:
    # "berbarengan dengan agenda serupa dari A dan B … Ketiga rombongan itu": the host received them together
    found = visits(
        "BLITAR - DPRD Kabupaten Tulungagung studi banding ke DPRD Kota Blitar soal Perda pasar. Kunjungan itu "
        "berbarengan dengan agenda serupa dari DPRD Kabupaten Trenggalek dan Ponorogo. Ketiga rombongan dewan itu "
        "disambut Ketua DPRD Kota Blitar, Senin (3/6/2024).",
    )
    assert sorted(v.origin.regency for v in found) == [
        "Kabupaten Ponorogo",
        "Kabupaten Trenggalek",
        "Kabupaten Tulungagung",
    ]
    assert {(v.destination.regency, v.start_date) for v in found} == {("Kota Blitar", D(2024, 6, 3))}


def test_delegations_counted_before_they_are_named_one_after_another() -> None:
    found = visits(
        "BLITAR - Tiga rombongan studi banding datang ke Pemkot Blitar, Senin (3/6/2024). Rombongan DPRD "
        "Kabupaten Tulungagung tiba pagi hari, disusul rombongan DPRD Kabupaten Trenggalek dan Pemkab Ponorogo.",
    )
    assert sorted(v.origin.regency for v in found) == [
        "Kabupaten Ponorogo",
        "Kabupaten Trenggalek",
        "Kabupaten Tulungagung",
    ]


# ---------------------------------------------------------------- a city and a regency sharing one name


def test_the_councils_of_a_city_and_a_regency_of_one_name_are_two_senders() -> None:
    # "DPRD Kota dan Kabupaten X": two bodies, the city's and the regency's
    found = visits(
        "LAMONGAN - DPRD Kota dan Kabupaten Pasuruan sama-sama berangkat studi banding ke DPRD Lamongan soal "
        "Perda APBD, Selasa (4/6/2024).",
    )
    assert sorted(v.origin.regency for v in found) == ["Kabupaten Pasuruan", "Kota Pasuruan"]
    assert {v.destination.regency for v in found} == {"Kabupaten Lamongan"}


def test_the_two_governments_of_one_name_written_pemkot_dan_pemkab() -> None:
    found = visits(
        "BANYUWANGI - Pemkot dan Pemkab Madiun melakukan studi banding bersama ke Kabupaten Banyuwangi tentang "
        "Mal Pelayanan Publik, Rabu (5/6/2024).",
    )
    assert sorted(v.origin.regency for v in found) == ["Kabupaten Madiun", "Kota Madiun"]


# ---------------------------------------------------------------- a list of places closed by "hingga"


def test_a_list_of_destinations_closed_by_hingga() -> None:
    # "di antaranya A, B, C hingga D": "hingga" joins the last member of the list
    found = visits(
        "PADALARANG - Para wakil rakyat Kabupaten Bandung Barat bertolak studi banding ke beberapa kota, di "
        "antaranya Kota Denpasar, Kota Surakarta hingga Kota Batam, Selasa (11/12/2018).",
    )
    assert sorted(by_dest(found)) == ["Kota Batam", "Kota Denpasar", "Kota Surakarta"]


def test_a_list_of_destinations_from_mulai_dari_to_sampai() -> None:
    found = visits(
        "JEMBER - Peserta PKP Angkatan III Kabupaten Jember melaksanakan studi lapangan ke sejumlah daerah, mulai "
        "dari Kota Malang, Kota Batu, sampai Kabupaten Banyuwangi, Rabu (5/6/2024).",
    )
    assert sorted(by_dest(found)) == ["Kabupaten Banyuwangi", "Kota Batu", "Kota Malang"]


# ---------------------------------------------------------------- each stop opening a sentence of its own


def test_each_stop_told_in_a_sentence_that_opens_with_it() -> None:
    # "Di Kabupaten A, peserta … Di Kabupaten B, peserta …": the stops, each told in its own sentence
    found = visits(
        "MAKASSAR - Peserta PKA Angkatan III BPSDM Sulsel melaksanakan studi lapangan di tiga daerah, Senin "
        "(3/6/2024).",
        "Di Kabupaten Gowa, peserta mempelajari pelayanan perizinan. Di Kabupaten Maros, peserta belajar "
        "pengelolaan pasar. Sementara di Kota Parepare, peserta melihat pengelolaan sampah.",
    )
    assert sorted(by_dest(found)) == ["Kabupaten Gowa", "Kabupaten Maros", "Kota Parepare"]


def test_each_stop_opening_its_sentence_with_ke_and_a_day() -> None:
    found = visits(
        "SOLO - Rombongan DPRD Kabupaten Pati melakukan kunjungan kerja untuk belajar soal pasar.",
        "Ke Kota Surakarta, rombongan datang pada Senin (3/6/2024). Ke Kabupaten Sukoharjo, mereka datang "
        "sehari kemudian, Selasa (4/6/2024).",
    )
    assert {v.destination.regency: v.start_date for v in found} == {
        "Kota Surakarta": D(2024, 6, 3),
        "Kabupaten Sukoharjo": D(2024, 6, 4),
    }


def test_visitors_listed_each_with_its_own_day() -> None:
    # "dari A pada Senin …, lalu dari B pada Rabu …": each visitor keeps the day written with it
    found = visits(
        "SLEMAN - Dinas Pariwisata Kabupaten Sleman menerima kunjungan studi banding dari Pemkab Purworejo pada "
        "Senin (3/6/2024), lalu dari Pemkab Wonosobo pada Rabu (5/6/2024).",
    )
    assert {v.origin.regency: v.start_date for v in found} == {
        "Kabupaten Purworejo": D(2024, 6, 3),
        "Kabupaten Wonosobo": D(2024, 6, 5),
    }


def test_visitors_listed_each_with_its_day_in_brackets() -> None:
    found = visits(
        "SLEMAN - Dinas Pariwisata Kabupaten Sleman menerima kunjungan studi banding dari DPRD Kabupaten "
        "Purworejo (Senin, 3/6/2024) dan dari DPRD Kota Magelang (Rabu, 5/6/2024).",
    )
    assert {v.origin.regency: v.start_date for v in found} == {
        "Kabupaten Purworejo": D(2024, 6, 3),
        "Kota Magelang": D(2024, 6, 5),
    }


# ---------------------------------------------------------------- the travellers' own body is no unit visited


def test_the_senders_council_written_with_its_region_is_no_unit_visited() -> None:
    # "Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten A (Akr) mendatangi …": the travellers' own body
    found = visits(
        "BURANGA - Jajaran Pemerintah dan Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Buton Utara (Butur) "
        "mendatangi kantor Wali Kota Yogyakarta untuk studi banding, Kamis (25/7/2019).",
    )
    assert {(v.destination.regency, tuple(v.host_agencies)) for v in found} == {("Kota Yogyakarta", ())}


def test_the_senders_office_named_in_full_is_no_unit_visited() -> None:
    found = visits(
        "DENPASAR - Dinas Pariwisata Kabupaten Wonosobo melakukan studi banding ke Dinas Pariwisata Kabupaten "
        "Badung, Rabu (5/6/2024).",
    )
    assert [(v.destination.regency, v.host_agencies) for v in found] == [("Kabupaten Badung", ["Dinas Pariwisata"])]


def test_stops_not_given_a_day_of_a_day_by_day_itinerary_have_no_known_day() -> None:
    # "Hari pertama … Kota A" of 3-5 June: A's day is known; B and C fell on other days, which ones is not said
    found = visits(
        "BONTANG - Selama tiga hari, 3-5 Juni 2024, Komisi I DPRD Kabupaten Sukoharjo melakukan kunjungan kerja ke "
        "Kalimantan Timur. Tujuan kunjungan antara lain Pemkot Bontang, Pemkot Samarinda dan Pemkab Kutai "
        "Kartanegara. Pada hari pertama, rombongan mendatangi Kantor Walikota Bontang.",
    )
    assert {v.destination.regency: (v.start_date, v.end_date) for v in found} == {
        "Kota Bontang": (D(2024, 6, 3), D(2024, 6, 3)),
        "Kota Samarinda": (None, None),
        "Kabupaten Kutai Kartanegara": (None, None),
    }


def test_a_stop_given_the_second_day_leaves_the_others_undated() -> None:
    found = visits(
        "SOLO - Peserta PKA Angkatan V BPSDM Provinsi Jambi melaksanakan studi lapangan pada 3-5 Juni 2024 ke Kota "
        "Surakarta dan Kabupaten Sragen. Pada hari kedua, peserta belajar di Pemerintah Kabupaten Sragen.",
    )
    assert {v.destination.regency: (v.start_date, v.end_date) for v in found} == {
        "Kota Surakarta": (None, None),
        "Kabupaten Sragen": (D(2024, 6, 4), D(2024, 6, 4)),
    }


# ---------------------------------------------------------------- a government and its council travelling together


def test_a_government_and_its_council_on_one_itinerary_are_two_senders_at_each_stop() -> None:
    found = visits(
        "BURANGA - Jajaran Pemerintah dan DPRD Kabupaten Buton Utara melakukan studi banding ke Kota Yogyakarta "
        "dan Kabupaten Bantul untuk mematangkan 19 raperda, 25-26 Juli 2019.",
    )
    assert sorted((v.origin.institution, v.destination.regency) for v in found) == [
        ("DPRD Kabupaten Buton Utara", "Kabupaten Bantul"),
        ("DPRD Kabupaten Buton Utara", "Kota Yogyakarta"),
        ("Pemerintah Kabupaten Buton Utara", "Kabupaten Bantul"),
        ("Pemerintah Kabupaten Buton Utara", "Kota Yogyakarta"),
    ]


def test_the_council_and_the_government_written_council_first() -> None:
    found = visits(
        "BONTANG - Dewan dan Pemkab Sukoharjo melakukan kunjungan kerja ke Kota Bontang dan Kota Samarinda untuk "
        "mempelajari penerapan PP tentang kecamatan, 9-11 Oktober 2018.",
    )
    assert sorted((v.origin.regency, v.destination.regency) for v in found) == [
        ("Kabupaten Sukoharjo", "Kota Bontang"),
        ("Kabupaten Sukoharjo", "Kota Bontang"),
        ("Kabupaten Sukoharjo", "Kota Samarinda"),
        ("Kabupaten Sukoharjo", "Kota Samarinda"),
    ]
    assert len({v.origin.institution for v in found}) == 2


def test_the_council_written_in_full_beside_its_government() -> None:
    found = visits(
        "BURANGA - Jajaran Pemerintah dan Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Buton Utara mendatangi "
        "kantor Wali Kota Yogyakarta untuk studi banding, Kamis (25/7/2019).",
    )
    assert sorted(v.origin.institution for v in found) == [
        "DPRD Kabupaten Buton Utara",
        "Pemerintah Kabupaten Buton Utara",
    ]


# ---------------------------------------------------------------- the topics of a trip divided among places


def test_topics_studied_at_two_places_make_two_stops() -> None:
    # "X dikaji di A, sedangkan Y dibahas di B": where each part of the study is done is a stop
    found = visits(
        "BURANGA - Rombongan DPRD Kabupaten Buton Utara melakukan studi banding soal raperda ke DIY, Kamis "
        "(25/7/2019). Dari 10 "
        "raperda, enam raperda dikaji di Kota Yogyakarta, sedangkan empat raperda lainnya dibahas di Kabupaten "
        "Bantul.",
    )
    assert sorted(by_dest(found)) == ["Kabupaten Bantul", "Kota Yogyakarta"]


def test_topics_learnt_at_two_places_told_with_dipelajari_and_didalami() -> None:
    found = visits(
        "MALANG - Peserta PKP Angkatan IV Kabupaten Blitar melaksanakan studi lapangan ke dua daerah, Selasa "
        "(4/6/2024). Materi "
        "pelayanan publik dipelajari di Kota Batu, sementara materi pengelolaan pasar didalami di Kabupaten "
        "Malang.",
    )
    assert sorted(by_dest(found)) == ["Kabupaten Malang", "Kota Batu"]


# ---------------------------------------------------------------- earlier visitors of the same host


def test_bodies_that_came_earlier_and_a_visit_of_the_same_kind_are_a_visit_each() -> None:
    # "A serta B sudah lebih dulu bertandang ke X. Kunjungan kerja sejenis kemudian dilakukan C"
    found = visits(
        "KENDARI - Awal tahun ini, DPRD Kabupaten Seram Bagian Barat, Provinsi Maluku, serta Pemkot Palopo, Sulsel, "
        "sudah lebih dulu bertandang ke Pemkot Kendari untuk belajar. Kunjungan kerja sejenis kemudian dilakukan "
        "Pemkot Magelang.",
    )
    assert sorted(v.origin.regency for v in found) == ["Kabupaten Seram Bagian Barat", "Kota Magelang", "Kota Palopo"]
    assert {v.destination.regency for v in found} == {"Kota Kendari"}


def test_a_body_that_had_already_visited_and_a_study_of_the_same_kind() -> None:
    found = visits(
        "KENDARI - Sebelumnya Pemkab Konawe telah lebih dahulu berkunjung ke Pemkot Kendari. Studi banding serupa "
        "kini dilakukan Pemkab Buton untuk belajar mengelola sampah.",
    )
    assert sorted(v.origin.regency for v in found) == ["Kabupaten Buton", "Kabupaten Konawe"]


# ---------------------------------------------------------------- a second wave to the same place


def test_a_second_wave_to_the_same_place_is_a_visit_of_its_own() -> None:
    # "gelombang kedua dengan tujuan dan jumlah peserta yang sama" on a day of its own
    found = visits(
        "INDRAMAYU - Sebanyak 120 peserta, sekretaris desa dari Kabupaten Minahasa, studi banding ke Desa Majasari, "
        "Kabupaten Indramayu, Rabu (29/9/2021). Rombongan ini baru gelombang pertama. Pada Jumat (1/10/2021) "
        "menyusul gelombang kedua dengan tujuan dan jumlah peserta yang sama.",
    )
    assert sorted((v.start_date, v.participants) for v in found) == [(D(2021, 9, 29), 120), (D(2021, 10, 1), 120)]
    assert {v.destination.regency for v in found} == {"Kabupaten Indramayu"}


def test_the_next_group_to_the_same_place_told_with_rombongan_berikutnya() -> None:
    found = visits(
        "SLEMAN - Sebanyak 40 kepala desa Kabupaten Kebumen studi banding ke Kabupaten Sleman, Senin (3/6/2024). "
        "Rombongan berikutnya, dengan tujuan yang sama, dijadwalkan berangkat pada Senin (10/6/2024).",
    )
    assert sorted(v.start_date for v in found) == [D(2024, 6, 3), D(2024, 6, 10)]
    assert {v.destination.regency for v in found} == {"Kabupaten Sleman"}


# ---------------------------------------------------------------- another group's trip of the same kind elsewhere


def test_another_groups_earlier_trip_of_the_same_kind_is_a_visit_of_its_own() -> None:
    # "… akan belajar di A, sementara sebelumnya kades lain sudah menuntaskan studi tiru serupa di B"
    found = visits(
        "BOLTIM - Sebanyak 47 kepala desa dari Kabupaten Bolaang Mongondow Timur akan studi tiru ke Kabupaten "
        "Gianyar, Rabu (5/6/2024), sementara sebelumnya 34 kepala desa lain sudah menuntaskan studi tiru serupa di "
        "Kabupaten Bandung.",
    )
    assert {v.destination.regency: v.start_date for v in found} == {
        "Kabupaten Gianyar": D(2024, 6, 5),
        "Kabupaten Bandung": None,
    }


def test_another_groups_trip_told_as_the_same_activity() -> None:
    found = visits(
        "PATI - Sebanyak 20 camat Kabupaten Pati studi banding ke Kota Surabaya, Senin (3/6/2024). Sebelumnya, "
        "15 lurah Kabupaten Pati sudah melakukan kegiatan yang sama di Kota Malang.",
    )
    assert {v.destination.regency: v.start_date for v in found} == {
        "Kota Surabaya": D(2024, 6, 3),
        "Kota Malang": None,
    }


def test_another_cohorts_trip_of_the_same_kind_stays_with_its_cohort() -> None:
    found = visits(
        "DENPASAR - Peserta Diklatpim III Angkatan XXVI Badiklat Jatim melaksanakan benchmarking ke Pemkot "
        "Denpasar. Adapun Angkatan XXV menjalankan kegiatan serupa di Kabupaten Badung.",
    )
    assert sorted((v.cohort, v.destination.regency) for v in found) == [
        (25, "Kabupaten Badung"),
        (26, "Kota Denpasar"),
    ]
