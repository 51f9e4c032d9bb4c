"""Round 16, probe A: record counts found by probing with short articles of our own. Every sentence
here is made up for these tests."""

from __future__ import annotations

import datetime as dt

from diklat_cli.extract import extract_text
from diklat_cli.models import Visit


def visits(*paragraphs: str) -> list[Visit]:
    return [e.visit for e in extract_text("\n\n".join(paragraphs))]


def regencies(found: list[Visit]) -> list[str | None]:
    return [v.destination.regency for v in found]


# ---------------------------------------------------------------- a halt on the road is no stop of the trip


def test_a_short_halt_to_rest_is_no_stop() -> None:
    found = visits(
        "Rombongan DPRD Kabupaten Bantul Studi Banding ke Kabupaten Badung",
        "Bantul - Anggota Komisi A DPRD Kabupaten Bantul melakukan studi banding ke Pemerintah Kabupaten Badung,"
        " Bali, Kamis (7/3/2024). Sebelum tiba di Bali, rombongan singgah sebentar di Kabupaten Banyuwangi untuk"
        " beristirahat. Studi banding itu membahas pengelolaan pajak daerah di Badan Pendapatan Daerah.",
    )
    assert regencies(found) == ["Kabupaten Badung"]


def test_a_halt_for_lunch_on_the_way_home_is_no_stop() -> None:
    found = visits(
        "Camat dan Lurah Kota Kendari Studi Tiru ke Kota Makassar",
        "Kendari - Para camat dan lurah se-Kota Kendari mengikuti studi tiru ke Pemerintah Kota Makassar pada"
        " Selasa (9/4/2024). Dalam perjalanan pulang, rombongan juga mampir sejenak di Kabupaten Maros untuk"
        " makan siang tanpa agenda resmi.",
    )
    assert regencies(found) == ["Kota Makassar"]


def test_a_halt_to_eat_without_an_adverb_is_no_stop() -> None:
    found = visits(
        "Lurah se-Kota Samarinda Studi Banding ke Kota Surabaya",
        "Samarinda - Sebanyak 59 lurah se-Kota Samarinda melaksanakan studi banding ke Kota Surabaya, Senin"
        " (8/7/2024). Setelah mendarat, rombongan singgah di Kabupaten Sidoarjo untuk makan siang bersama.",
    )
    assert regencies(found) == ["Kota Surabaya"]


def test_a_brief_halt_named_alone_is_no_stop() -> None:
    found = visits(
        "Peserta PKP Kabupaten Blora Studi Lapangan ke Kabupaten Sumedang",
        "Blora - Peserta PKP Angkatan II Kabupaten Blora melaksanakan studi lapangan ke Kabupaten Sumedang, Kamis"
        " (19/9/2024). Di tengah perjalanan, rombongan sempat mampir sesaat di Kabupaten Cirebon.",
    )
    assert regencies(found) == ["Kabupaten Sumedang"]


def test_a_layover_at_an_airport_is_no_stop() -> None:
    found = visits(
        "Pansus DPRD Kota Jambi Studi Banding ke Kota Bandung",
        "Jambi - Panitia Khusus DPRD Kota Jambi melaksanakan studi banding ke Pemerintah Kota Bandung, Senin"
        " (18/3/2024). Rombongan transit di Kota Palembang sebelum terbang ke Bandung.",
    )
    assert regencies(found) == ["Kota Bandung"]


def test_near_miss_a_stop_made_to_learn_is_a_stop() -> None:
    found = visits(
        "DPRD Kabupaten Pati Studi Banding ke Kabupaten Kulon Progo",
        "Pati - Komisi B DPRD Kabupaten Pati melakukan studi banding ke Kabupaten Kulon Progo, Selasa (16/7/2024)."
        " Dalam perjalanan, rombongan juga singgah di Kabupaten Klaten untuk belajar pengelolaan pasar desa di"
        " Dinas Perdagangan Klaten.",
    )
    assert sorted(r or "" for r in regencies(found)) == ["Kabupaten Klaten", "Kabupaten Kulon Progo"]


def test_near_miss_a_stop_at_a_village_the_day_before_is_a_stop() -> None:
    found = visits(
        "Peserta Diklatpim IV Kabupaten Sintang Benchmarking ke Kabupaten Sleman",
        "Sintang - Peserta Diklatpim IV Angkatan III Kabupaten Sintang melaksanakan benchmarking ke Kabupaten"
        " Sleman, Rabu (12/6/2024). Sehari sebelumnya, rombongan singgah di Desa Wisata Pentingsari, Kabupaten"
        " Magelang, untuk mempelajari pengelolaan desa wisata.",
    )
    assert sorted(r or "" for r in regencies(found)) == ["Kabupaten Magelang", "Kabupaten Sleman"]


# ---------------------------------------------------------------- an itinerary told day by day


def test_two_days_told_in_one_sentence_are_two_stops() -> None:
    found = visits(
        "Peserta Latsar Kabupaten Bone Studi Lapangan ke Dua Daerah",
        "Watampone - Peserta Latsar CPNS Angkatan VIII Kabupaten Bone melaksanakan studi lapangan pada 2-3 Oktober"
        " 2024. Hari pertama peserta ke Kabupaten Soppeng, dan hari kedua ke Kabupaten Wajo.",
    )
    assert {(v.destination.regency, v.start_date) for v in found} == {
        ("Kabupaten Soppeng", dt.date(2024, 10, 2)),
        ("Kabupaten Wajo", dt.date(2024, 10, 3)),
    }


def test_the_next_day_told_as_the_day_after_is_a_stop() -> None:
    found = visits(
        "Peserta PKA BPSDM Provinsi Jambi Benchmarking ke Dua Kabupaten",
        "Jambi - Peserta PKA Angkatan III BPSDM Provinsi Jambi melaksanakan benchmarking pada 10 hingga 11"
        " September 2024. Pada hari pertama, Selasa 10 September, peserta mengunjungi Kabupaten Lahat. Keesokan"
        " harinya, Rabu 11 September, peserta menuju Kabupaten Muara Enim.",
    )
    assert {(v.destination.regency, v.start_date) for v in found} == {
        ("Kabupaten Lahat", dt.date(2024, 9, 10)),
        ("Kabupaten Muara Enim", dt.date(2024, 9, 11)),
    }


def test_a_day_later_in_other_words_is_a_stop() -> None:
    found = visits(
        "Komisi III DPRD Kabupaten Jember Kunjungi Dua Daerah",
        "Jember - Komisi III DPRD Kabupaten Jember melakukan studi banding ke Kabupaten Sidoarjo, Senin"
        " (4/3/2024). Sehari kemudian, rombongan bertolak ke Kabupaten Gresik untuk belajar pengelolaan sampah.",
    )
    assert sorted(r or "" for r in regencies(found)) == ["Kabupaten Gresik", "Kabupaten Sidoarjo"]


def test_days_each_in_a_sentence_keep_their_stops() -> None:
    found = visits(
        "Peserta PKP Kabupaten Kudus Kunjungi Dua Daerah",
        "Kudus - Sebanyak 35 peserta PKP Angkatan I Kabupaten Kudus melaksanakan studi lapangan selama dua hari,"
        " 3-4 Juli 2024. Hari pertama, Rabu (3/7/2024), peserta berkunjung ke Pemerintah Kota Salatiga. Hari"
        " kedua, Kamis (4/7/2024), rombongan melanjutkan kunjungan ke Pemerintah Kabupaten Semarang.",
    )
    assert sorted(r or "" for r in regencies(found)) == ["Kabupaten Semarang", "Kota Salatiga"]


def test_near_miss_the_next_day_at_home_is_no_stop() -> None:
    found = visits(
        "Peserta PKA Kota Metro Benchmarking ke Kota Bandar Lampung",
        "Metro - Peserta PKA Angkatan II Kota Metro melaksanakan benchmarking ke Pemerintah Kota Bandar Lampung,"
        " Senin (5/8/2024). Keesokan harinya, peserta kembali mengikuti pembelajaran di kelas.",
    )
    assert regencies(found) == ["Kota Bandar Lampung"]


def test_near_miss_the_first_day_at_the_host_is_one_stop() -> None:
    found = visits(
        "Peserta Diklatpim IV Kabupaten Kampar Studi Lapangan ke Kota Pekanbaru",
        "Pekanbaru - Peserta Diklatpim IV Kabupaten Kampar melaksanakan studi lapangan di Kota Pekanbaru selama"
        " dua hari. Hari pertama peserta belajar di Dinas Kependudukan dan Pencatatan Sipil, dan hari kedua di"
        " Badan Pendapatan Daerah Kota Pekanbaru.",
    )
    assert regencies(found) == ["Kota Pekanbaru"]


# ---------------------------------------------------------------- a city abroad with its country in brackets


def hosts(found: list[Visit]) -> list[tuple[str | None, str | None]]:
    return [(v.destination.host, v.destination.province) for v in found]


def test_a_city_with_its_country_in_brackets_goes_abroad() -> None:
    found = visits(
        "Peserta PKA Kalimantan Utara Benchmarking ke Kota Kinabalu (Malaysia)",
        "Tanjung Selor - Sebanyak 28 peserta PKA Angkatan II BPSDM Provinsi Kalimantan Utara melaksanakan"
        " benchmarking ke Kota Kinabalu (Malaysia), Kamis (22/8/2024).",
    )
    assert hosts(found) == [("Malaysia", None)]


def test_a_one_word_city_in_brackets_goes_abroad() -> None:
    found = visits(
        "Pemkot Medan Studi Banding ke Penang (Malaysia)",
        "Medan - Sebanyak 20 pejabat Pemerintah Kota Medan melaksanakan studi banding ke Penang (Malaysia), Selasa"
        " (13/8/2024). Rombongan mempelajari penataan kawasan kota tua.",
    )
    assert hosts(found) == [("Malaysia", None)]


def test_a_cohort_to_a_city_in_brackets_beside_the_capital_dateline() -> None:
    found = visits(
        "Peserta PKN II Kunjungi Kota Davao (Filipina)",
        "Jakarta - Peserta PKN Tingkat II Angkatan V LAN melaksanakan studi lapangan ke Kota Davao (Filipina) pada"
        " 20-23 Agustus 2024.",
    )
    assert hosts(found) == [("Filipina", None)]


def test_a_council_to_a_city_in_brackets() -> None:
    found = visits(
        "DPRD Kota Surabaya Studi Banding ke Guangzhou (Tiongkok)",
        "Surabaya - Komisi C DPRD Kota Surabaya melakukan studi banding ke Guangzhou (Tiongkok), Senin (2/9/2024).",
    )
    assert hosts(found) == [("Tiongkok", None)]
    assert found[0].start_date == dt.date(2024, 9, 2)


def test_days_before_a_city_in_brackets_are_that_leg() -> None:
    found = visits(
        "DPRD DKI Studi Banding ke Dua Negara",
        "Jakarta - Komisi D DPRD Provinsi DKI Jakarta berangkat studi banding pada 25 sampai 29 April 2016 ke"
        " Tokyo (Jepang), dan pada 2 sampai 5 Mei 2016 ke Seoul (Korea Selatan).",
    )
    days = {v.destination.host: (v.start_date, v.end_date) for v in found}
    assert days == {
        "Jepang": (dt.date(2016, 4, 25), dt.date(2016, 4, 29)),
        "Korea Selatan": (dt.date(2016, 5, 2), dt.date(2016, 5, 5)),
    }


def test_near_miss_a_home_city_with_its_province_in_brackets_stays_home() -> None:
    found = visits(
        "Peserta PKP Kabupaten Bima Studi Lapangan ke Kota Mataram (NTB)",
        "Bima - Peserta PKP Angkatan II Kabupaten Bima melaksanakan studi lapangan ke Kota Mataram (NTB), Rabu"
        " (4/9/2024).",
    )
    assert [(v.destination.regency, v.destination.province) for v in found] == [("Kota Mataram", "Nusa Tenggara Barat")]


def test_near_miss_a_country_in_brackets_as_an_aside_is_no_trip_abroad() -> None:
    found = visits(
        "Peserta Latsar Kota Cimahi Studi Lapangan ke Kota Bandung",
        "Cimahi - Peserta Latsar CPNS Kota Cimahi melakukan studi lapangan ke Kota Bandung, Selasa (3/9/2024), ke"
        " dinas yang meraih penghargaan dari lembaga internasional (Jepang) tahun lalu.",
    )
    assert [v.destination.regency for v in found] == ["Kota Bandung"]


# ---------------------------------------------------------------- a home place on the way out is no stop


def test_the_capital_on_the_way_to_a_country_abroad_is_no_stop() -> None:
    found = visits(
        "Kepala Desa se-Kabupaten Kendal Studi Banding ke Thailand",
        "Kendal - Sebanyak 25 kepala desa se-Kabupaten Kendal berangkat dari Bandara Ahmad Yani Semarang menuju"
        " Jakarta, Minggu (4/8/2024), sebelum terbang ke Thailand untuk studi banding pengelolaan desa wisata.",
    )
    assert hosts(found) == [("Thailand", None)]


def test_going_on_from_the_capital_to_a_country_abroad() -> None:
    found = visits(
        "Peserta Diklatpim II Provinsi Sumatera Selatan Benchmarking ke Australia",
        "Palembang - Peserta Diklatpim II Angkatan VI Provinsi Sumatera Selatan mengikuti pelepasan di Kantor"
        " Gubernur Sumatera Selatan, Jumat (6/9/2024). Rombongan kemudian bertolak ke Jakarta dan melanjutkan"
        " perjalanan menuju Australia untuk benchmarking di Kota Perth selama lima hari.",
    )
    assert hosts(found) == [("Australia", None)]


def test_sent_to_the_capital_to_fly_on_abroad() -> None:
    found = visits(
        "Lima Pejabat Pemkab Sumedang Studi Banding ke Belanda",
        "Sumedang - Lima pejabat Pemerintah Kabupaten Sumedang diberangkatkan ke Jakarta pada Sabtu (12/10/2024),"
        " untuk kemudian terbang ke Belanda guna studi banding pengelolaan irigasi selama sepekan.",
    )
    assert hosts(found) == [("Belanda", None)]


def test_setting_off_from_the_capital_to_a_country() -> None:
    found = visits(
        "Peserta PKN II Berangkat Studi Lapangan ke Singapura",
        "Jakarta - Sebanyak 45 peserta PKN Tingkat II Angkatan X Lembaga Administrasi Negara berangkat dari Jakarta"
        " menuju Singapura, Senin (16/9/2024), untuk studi lapangan selama tiga hari.",
    )
    assert hosts(found) == [("Singapura", None)]


def test_near_miss_a_home_place_where_the_group_learns_stays_a_stop() -> None:
    found = visits(
        "DPRD Kabupaten Karimun Studi Banding ke Batam",
        "Karimun - Komisi II DPRD Kabupaten Karimun melakukan studi banding ke Kota Batam untuk mempelajari"
        " pengelolaan pelabuhan, Senin (2/9/2024), lalu terbang ke Singapura keesokan harinya.",
    )
    assert "Kota Batam" in regencies(found)


def test_near_miss_a_home_trip_after_a_trip_abroad_told_before_stays_home() -> None:
    found = visits(
        "Komisi A DPRD Kota Malang Studi Banding ke Kota Denpasar",
        "Malang - Komisi A DPRD Kota Malang melakukan studi banding ke Kota Denpasar, Selasa (10/9/2024). Tahun"
        " lalu komisi itu pernah belajar ke Jepang.",
    )
    assert regencies(found) == ["Kota Denpasar"]


# ---------------------------------------------------------------- a trip called off goes nowhere


def test_a_trip_called_off_gives_way_to_the_one_made_instead() -> None:
    found = visits(
        "Komisi C DPRD Kabupaten Sragen Urung Studi Banding ke Kota Batu",
        "Sragen - Komisi C DPRD Kabupaten Sragen urung melaksanakan studi banding ke Kota Batu karena bertepatan"
        " dengan rapat paripurna. Sebagai gantinya, komisi melakukan studi banding ke Kabupaten Karanganyar untuk"
        " mempelajari pengelolaan pasar tradisional, Kamis (26/9/2024).",
    )
    assert regencies(found) == ["Kabupaten Karanganyar"]


def test_a_departure_called_off_then_moved_elsewhere() -> None:
    found = visits(
        "Peserta PKP Kota Magelang Batal ke Kabupaten Wonosobo, Beralih ke Kabupaten Temanggung",
        "Magelang - Peserta PKP Angkatan II Kota Magelang batal berangkat ke Kabupaten Wonosobo karena cuaca buruk."
        " Studi lapangan kemudian dialihkan ke Pemerintah Kabupaten Temanggung, Rabu (2/10/2024).",
    )
    assert regencies(found) == ["Kabupaten Temanggung"]


def test_a_plan_put_off_and_to_be_rescheduled_is_no_visit() -> None:
    found = visits(
        "Studi Banding DPRD Kabupaten Ciamis ke Kota Tangerang Ditunda",
        "Ciamis - Rencana studi banding Komisi II DPRD Kabupaten Ciamis ke Kota Tangerang pada pekan ini dibatalkan"
        " karena agenda pembahasan anggaran. Studi banding akan dijadwalkan ulang.",
    )
    assert found == []


def test_a_trip_not_made_at_all_is_no_visit() -> None:
    found = visits(
        "Kepala Desa se-Kabupaten Bangka Tidak Jadi Studi Banding ke Bali",
        "Sungailiat - Sebanyak 40 kepala desa se-Kabupaten Bangka tidak jadi berangkat studi banding ke Kabupaten"
        " Gianyar, Bali, karena anggaran dialihkan. Rencana tersebut akan dijadwalkan ulang tahun depan.",
    )
    assert found == []


def test_near_miss_a_trip_made_after_a_delay_counts() -> None:
    found = visits(
        "DPRD Kota Bima Studi Banding ke Kota Mataram Setelah Sempat Ditunda",
        "Bima - Setelah sempat ditunda bulan lalu, Komisi II DPRD Kota Bima akhirnya melaksanakan studi banding ke"
        " Pemerintah Kota Mataram, Senin (7/10/2024). Rombongan mempelajari pengelolaan retribusi parkir.",
    )
    assert regencies(found) == ["Kota Mataram"]


def test_near_miss_a_trip_failing_to_teach_is_still_made() -> None:
    found = visits(
        "Peserta Latsar Kabupaten Klaten Studi Lapangan ke Kabupaten Sukoharjo",
        "Klaten - Peserta Latsar CPNS Kabupaten Klaten melaksanakan studi lapangan ke Kabupaten Sukoharjo, Kamis"
        " (10/10/2024). Peserta mempelajari inovasi yang sempat gagal diterapkan di daerah lain.",
    )
    assert regencies(found) == ["Kabupaten Sukoharjo"]


# ---------------------------------------------------------------- groups labelled by a number word


def test_groups_labelled_by_cardinal_words_each_go_their_way() -> None:
    found = visits(
        "Tiga Kelompok Peserta PKA Kota Balikpapan Studi Lapangan",
        "Balikpapan - Peserta PKA Angkatan II Kota Balikpapan dibagi menjadi tiga kelompok studi lapangan, Jumat"
        " (1/11/2024). Kelompok satu ke Kota Samarinda, kelompok dua ke Kota Bontang, dan kelompok tiga ke"
        " Kabupaten Penajam Paser Utara.",
    )
    assert sorted(r or "" for r in regencies(found)) == [
        "Kabupaten Penajam Paser Utara",
        "Kota Bontang",
        "Kota Samarinda",
    ]


def test_teams_labelled_by_cardinal_words_each_go_their_way() -> None:
    found = visits(
        "Peserta Latsar Kabupaten Sigi Studi Lapangan Berkelompok",
        "Sigi - Peserta Latsar CPNS Kabupaten Sigi melaksanakan studi lapangan, Jumat (8/11/2024). Tim satu"
        " mengunjungi Kota Palu, tim dua mengunjungi Kabupaten Donggala, dan tim tiga mengunjungi Kabupaten Parigi"
        " Moutong.",
    )
    assert len(found) == 3


def test_commissions_labelled_by_cardinal_words_each_go_their_way() -> None:
    found = visits(
        "Komisi Satu dan Komisi Dua DPRD Kabupaten Pidie Studi Banding",
        "Sigli - Anggota DPRD Kabupaten Pidie melaksanakan studi banding, Kamis (7/11/2024). Komisi satu berkunjung"
        " ke Kota Banda Aceh, sementara komisi dua ke Kabupaten Aceh Besar.",
    )
    assert sorted(r or "" for r in regencies(found)) == ["Kabupaten Aceh Besar", "Kota Banda Aceh"]


def test_near_miss_groups_of_three_people_are_no_labels() -> None:
    found = visits(
        "Peserta PKP Kabupaten Kolaka Studi Lapangan ke Kota Kendari",
        "Kolaka - Peserta PKP Kabupaten Kolaka dibagi dalam kelompok tiga orang saat studi lapangan ke Kota"
        " Kendari, Senin (11/11/2024). Setiap kelompok belajar di satu perangkat daerah.",
    )
    assert regencies(found) == ["Kota Kendari"]


# ---------------------------------------------------------------- a host receiving one more group


def senders(found: list[Visit]) -> list[str]:
    return sorted(v.origin.regency or "" for v in found)


def test_a_host_also_receiving_a_team_gives_it_a_visit() -> None:
    found = visits(
        "Kunjungan Studi Banding Kabupaten Kotabaru ke Kabupaten Tanah Bumbu",
        "Batulicin - Pemerintah Kabupaten Tanah Bumbu menerima kunjungan studi banding dari Pemerintah Kabupaten"
        " Kotabaru, Selasa (29/10/2024). Dalam kesempatan yang sama, Tanah Bumbu juga menerima tim dari Kabupaten"
        " Balangan yang belajar tentang pengelolaan perpustakaan daerah.",
    )
    assert senders(found) == ["Kabupaten Balangan", "Kabupaten Kotabaru"]


def test_a_council_also_visited_by_another_commission() -> None:
    found = visits(
        "DPRD Kota Blitar Terima Dua Kunjungan",
        "Blitar - DPRD Kota Blitar menerima kunjungan studi banding Komisi I DPRD Kabupaten Tulungagung, Selasa"
        " (12/11/2024). Selain itu, DPRD Kota Blitar juga kedatangan rombongan Komisi III DPRD Kabupaten Kediri"
        " yang mempelajari perda penyertaan modal.",
    )
    assert senders(found) == ["Kabupaten Kediri", "Kabupaten Tulungagung"]


def test_a_village_also_visited_by_village_heads() -> None:
    found = visits(
        "Desa Wisata Nglanggeran Dikunjungi Studi Banding",
        "Gunungkidul - Desa Wisata Nglanggeran menerima studi banding dari Pemerintah Desa se-Kabupaten Pacitan,"
        " Rabu (13/11/2024). Di hari yang sama, desa wisata ini juga dikunjungi kepala desa se-Kabupaten Wonogiri.",
    )
    assert senders(found) == ["Kabupaten Pacitan", "Kabupaten Wonogiri"]


def test_a_host_also_receiving_a_group_from_a_city() -> None:
    found = visits(
        "Pemkot Bukittinggi Terima Kunjungan Studi Banding",
        "Bukittinggi - Pemerintah Kota Bukittinggi menerima kunjungan studi banding dari Pemerintah Kabupaten"
        " Pasaman, Senin (11/11/2024). Pada hari yang sama, Pemkot Bukittinggi juga menerima rombongan dari"
        " Pemerintah Kota Sawahlunto yang mempelajari pengelolaan pasar.",
    )
    assert senders(found) == ["Kabupaten Pasaman", "Kota Sawahlunto"]


def test_near_miss_a_head_also_receiving_a_gift_is_one_visit() -> None:
    found = visits(
        "Pemkab Klungkung Terima Studi Banding Pemkab Lombok Utara",
        "Semarapura - Pemerintah Kabupaten Klungkung menerima kunjungan studi banding dari Pemerintah Kabupaten"
        " Lombok Utara, Kamis (14/11/2024). Bupati Klungkung juga menerima cendera mata dari Sekda Kabupaten Lombok"
        " Utara sebagai tanda persahabatan.",
    )
    assert senders(found) == ["Kabupaten Lombok Utara"]


def test_near_miss_officials_speaking_on_the_same_occasion_are_no_group() -> None:
    found = visits(
        "Peserta PKA Kabupaten Pesisir Selatan Benchmarking ke Kota Padang Panjang",
        "Padang Panjang - Peserta PKA Angkatan II Kabupaten Pesisir Selatan melaksanakan benchmarking ke Pemerintah"
        " Kota Padang Panjang, Senin (18/11/2024). Pada kesempatan yang sama, Sekda Kota Padang Panjang juga"
        " menerima cendera mata dari Kepala BKPSDM Kabupaten Pesisir Selatan.",
    )
    assert senders(found) == ["Kabupaten Pesisir Selatan"]


# ---------------------------------------------------------------- a kecamatan or village host in the headline


def lokus(found: list[Visit]) -> list[list[str]]:
    return [v.host_agencies for v in found]


def test_a_kecamatan_receiving_in_the_headline_is_the_unit_visited() -> None:
    found = visits(
        "Kecamatan Kalasan Terima Studi Banding Camat se-Kabupaten Magetan",
        "Sleman - Sebanyak 18 camat se-Kabupaten Magetan melaksanakan studi banding terkait pelayanan administrasi"
        " terpadu kecamatan, Selasa (6/8/2024). Rombongan disambut Camat Kalasan beserta jajaran.",
    )
    assert lokus(found) == [["Kecamatan Kalasan"]]


def test_a_village_receiving_in_the_headline_is_the_unit_visited() -> None:
    found = visits(
        "Desa Panggungharjo Terima Kunjungan Kepala Desa se-Kabupaten Ogan Ilir",
        "Bantul - Puluhan kepala desa se-Kabupaten Ogan Ilir, Sumatera Selatan, melakukan studi banding pengelolaan"
        " BUMDes, Kamis (15/8/2024). Kepala Desa Panggungharjo memaparkan pengelolaan usaha desa kepada rombongan.",
    )
    assert lokus(found) == [["Desa Panggungharjo"]]


def test_a_kelurahan_welcoming_in_the_headline_is_the_unit_visited() -> None:
    found = visits(
        "Kelurahan Gedongkiwo Sambut Studi Tiru Lurah se-Kota Banjarmasin",
        "Yogyakarta - Sebanyak 30 lurah se-Kota Banjarmasin melaksanakan studi tiru tentang pengelolaan kampung"
        " ramah anak, Rabu (21/8/2024). Lurah Gedongkiwo menyambut rombongan di aula kelurahan.",
    )
    assert lokus(found) == [["Kelurahan Gedongkiwo"]]


def test_a_kecamatan_visited_in_the_headline_ends_before_the_verb() -> None:
    found = visits(
        "Kecamatan Banyumanik Dikunjungi Peserta PKP Kabupaten Demak",
        "Semarang - Peserta PKP Angkatan III Kabupaten Demak melaksanakan studi lapangan tentang inovasi pelayanan,"
        " Jumat (23/8/2024). Peserta diterima Camat Banyumanik dan belajar aplikasi layanan kependudukan.",
    )
    assert lokus(found) == [["Kecamatan Banyumanik"]]


def test_near_miss_a_regency_receiving_in_the_headline_is_no_unit() -> None:
    found = visits(
        "Pemkab Kulon Progo Terima Kunjungan Studi Tiru dari Kabupaten Buleleng",
        "Wates - Pemerintah Kabupaten Kulon Progo menerima kunjungan studi tiru dari Pemerintah Kabupaten Buleleng,"
        " Bali, Selasa (24/9/2024).",
    )
    assert lokus(found) == [[]]


def test_near_miss_a_unit_named_short_in_the_headline_and_in_full_below_is_once() -> None:
    found = visits(
        "Dinas Kesehatan Kota Malang Terima Kunjungan Peserta PKA Kabupaten Ngawi",
        "MALANG - Dinas Kesehatan dan Keluarga Berencana Kota Malang menerima kunjungan peserta PKA Angkatan II"
        " Kabupaten Ngawi, Selasa (19/11/2024).",
    )
    assert lokus(found) == [["Dinas Kesehatan dan Keluarga Berencana"]]


# ---------------------------------------------------------------- a day heading the next clause is its stop's


def days_of(found: list[Visit]) -> dict[str | None, dt.date | None]:
    return {v.destination.regency: v.start_date for v in found}


def test_a_day_after_sedangkan_is_the_next_stops() -> None:
    found = visits(
        "DPRD Kabupaten Lebak Studi Banding ke Dua Kota",
        "Lebak - Komisi I DPRD Kabupaten Lebak melaksanakan studi banding ke dua kota pekan ini. Pada Selasa"
        " (14/5/2024) rombongan berkunjung ke Pemerintah Kota Bogor, sedangkan pada Rabu (15/5/2024) ke Pemerintah"
        " Kota Depok.",
    )
    assert days_of(found) == {"Kota Bogor": dt.date(2024, 5, 14), "Kota Depok": dt.date(2024, 5, 15)}


def test_a_day_after_lalu_is_the_next_stops() -> None:
    found = visits(
        "Komisi II DPRD Kota Cilegon Kaji Banding ke Jawa Tengah",
        "Cilegon - Komisi II DPRD Kota Cilegon melaksanakan kaji banding ke Jawa Tengah. Pada Senin (21/10/2024)"
        " rombongan mengunjungi Pemerintah Kota Semarang, lalu Selasa (22/10/2024) ke Pemerintah Kota Surakarta.",
    )
    assert days_of(found) == {"Kota Semarang": dt.date(2024, 10, 21), "Kota Surakarta": dt.date(2024, 10, 22)}


def test_a_day_after_kemudian_is_the_next_stops() -> None:
    found = visits(
        "Peserta PKP Kabupaten Tuban Studi Lapangan ke Dua Daerah",
        "Tuban - Peserta PKP Angkatan II Kabupaten Tuban melakukan studi lapangan ke Kabupaten Bojonegoro pada"
        " Kamis (7/11/2024), kemudian pada Jumat (8/11/2024) ke Kabupaten Lamongan.",
    )
    assert days_of(found) == {
        "Kabupaten Bojonegoro": dt.date(2024, 11, 7),
        "Kabupaten Lamongan": dt.date(2024, 11, 8),
    }


def test_near_miss_a_day_closing_its_stops_clause_stays_with_it() -> None:
    found = visits(
        "Peserta PKP Kabupaten Tuban Studi Lapangan ke Dua Daerah",
        "Tuban - Peserta PKP Angkatan II Kabupaten Tuban melakukan studi lapangan ke Kabupaten Bojonegoro, Kamis"
        " (7/11/2024), dan ke Kabupaten Lamongan, Jumat (8/11/2024).",
    )
    assert days_of(found) == {
        "Kabupaten Bojonegoro": dt.date(2024, 11, 7),
        "Kabupaten Lamongan": dt.date(2024, 11, 8),
    }
