"""Trips abroad (SCHEMA: a foreign destination has province and regency null, the host is the country as written):
the countries gone to, the travellers' home on such a trip, and trips abroad only proposed. Sentences written
for this test, in several wordings."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.extract.abroad import find_stops
from tests.extracted import (
    destination_regencies,
    host_provinces,
    hosts_abroad,
    places_visited,
    province_hosts_of,
    visit_json_of,
    visits_of,
)


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 12 anggota DPRD Kabupaten Jember melakukan studi banding ke Jepang, 4-8 Juni 2018.",
        "Bupati Jember melepas keberangkatan 12 kepala desa yang akan studi banding ke negara Jepang, 4-8 Juni 2018.",
        # (no Indonesian region named at all: passes since the merge of ext-trips and ext-variants)
        "Bupati melepas keberangkatan 12 kepala desa yang akan studi banding ke negara Jepang, 4-8 Juni 2018.",
        "Pada 4-8 Juni 2018, 12 kepala desa se-Kabupaten Jember berangkat ke Jepang untuk studi banding.",
    ],
)
def test_one_country_is_the_destination(text: str) -> None:
    visits = visit_json_of(text)
    assert len(visits) == 1
    assert visits[0]["destination"] == {"province": None, "regency": None, "host": "Jepang"}
    assert (visits[0]["start_date"], visits[0]["end_date"]) == ("2018-06-04", "2018-06-08")


# a known gap: a visit is built around an Indonesian region (host, dateline or sender); a trip abroad
# told with none of them gives no visit yet
_NO_REGION = "no Indonesian region named at all: the visit frame has no place to start from"


@pytest.mark.parametrize(
    "text",
    [
        "Kementerian melepas 30 lurah yang akan studi banding ke luar negeri, Senin (4/9/2023). "
        "Sebanyak 18 lurah berangkat ke Malaysia pada 5-9 September 2023, sedangkan 12 lurah ke Thailand "
        "pada 6-10 September 2023.",
        pytest.param(
            "Tiga puluh lurah dilepas untuk studi banding, Senin (4/9/2023). Mereka dibagi ke dua negara, "
            "yaitu Malaysia dan Thailand: 18 orang di Malaysia dan 12 orang di Thailand. Yang ke Malaysia "
            "berada di sana 5-9 September 2023, yang ke Thailand 6-10 September 2023.",
            marks=pytest.mark.xfail(strict=True, reason=_NO_REGION),
        ),
        "SURABAYA - Tiga puluh lurah Kota Surabaya dilepas untuk studi banding, Senin (4/9/2023). Mereka "
        "dibagi ke dua negara: 18 orang berangkat ke Malaysia pada 5-9 September 2023 dan 12 orang ke "
        "Thailand pada 6-10 September 2023.",
    ],
)
def test_group_divided_among_countries_is_a_visit_each(text: str) -> None:
    visits = sorted(visit_json_of(text), key=lambda v: v["destination"]["host"])
    assert [(v["destination"]["host"], v["destination"]["province"], v["participants"]) for v in visits] == [
        ("Malaysia", None, 18),
        ("Thailand", None, 12),
    ]
    assert visits[0]["start_date"] == "2023-09-05"


def test_a_country_in_passing_is_no_destination() -> None:
    text = (
        "Peserta PKA Angkatan II Kabupaten Gowa melakukan studi lapangan ke Kabupaten Bantaeng, Rabu (9/8/2023). "
        "Bupati Bantaeng bercerita pernah belajar pengelolaan sampah di Jepang."
    )
    visits = visit_json_of(text)
    assert len(visits) == 1
    assert visits[0]["destination"]["province"] == "Sulawesi Selatan"


@pytest.mark.parametrize(
    "text",
    [
        "Peserta diklat belajar bahasa Inggris sebelum studi banding ke Kota Batam.",
        "Produk UMKM Kabupaten Badung diekspor ke Jepang, kata kepala dinas.",
    ],
)
def test_no_trip_abroad_without_going_there(text: str) -> None:
    assert find_stops(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "SURABAYA - Pemerintah Kota Surabaya menerima kunjungan 30 peserta PKA Angkatan II Kabupaten Sikka, Rabu "
        "(9/8/2023). Wali Kota mengatakan Surabaya pernah studi banding ke Jepang soal pengelolaan sampah.",
        "SURABAYA - Wali Kota Surabaya menyambut rombongan Diklatpim IV Kabupaten Sikka, Rabu (9/8/2017). Ia "
        "bercerita, tahun lalu pejabat Surabaya berangkat ke Jepang untuk belajar pengelolaan sampah.",
    ],
)
def test_host_tells_its_own_trip_abroad_the_visit_stays_at_home(text: str) -> None:
    # the visit the report is about is named first; the host's trip abroad is a story told later
    assert [(v["destination"]["province"], v["destination"]["regency"]) for v in visit_json_of(text)] == [
        ("Jawa Timur", "Kota Surabaya")
    ]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "JEMBER - Sebanyak 12 kepala desa Kabupaten Jember melakukan studi banding di Jepang, 4-8 Juni 2018.",
            "Jepang",
        ),
        (
            "SURABAYA - Sebanyak 20 peserta PKA Angkatan III Pemprov Jatim melaksanakan benchmarking ke Kuala Lumpur, "
            "Malaysia, 4-8 Juni 2018.",
            "Malaysia",
        ),
    ],
)
def test_country_after_the_study_or_after_its_city(text: str, host: str) -> None:
    assert [(v["destination"]["province"], v["destination"]["host"]) for v in visit_json_of(text)] == [(None, host)]


def test_country_named_as_where_the_hosts_guests_came_from_is_no_destination() -> None:
    text = (
        "SLEMAN - Sebanyak 30 peserta PKA Kabupaten Garut melakukan studi lapangan ke Kabupaten Sleman, Kamis "
        "(9/11/2023). Sleman juga pernah menerima kunjungan studi banding dari Malaysia."
    )
    assert [v["destination"]["regency"] for v in visit_json_of(text)] == ["Kabupaten Sleman"]


# ---- ext-fresh3: several groups abroad, each its own country (sentences written for these tests)


def _hosts(text: str) -> list[str]:
    return [v["destination"]["host"] for v in visit_json_of(text)]


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        (
            "JAKARTA - Komisi IX DPR menggelar studi banding ke tiga negara, yaitu Kanada, Swiss, dan Italia, "
            "untuk membahas RUU Kesehatan, 3-8 April 2019.",
            ["Kanada", "Swiss", "Italia"],
        ),
        (
            "SEMARANG - Sebanyak 12 anggota DPRD Jawa Tengah bertolak ke luar negeri untuk studi banding pekan ini. "
            "Ada dua negara yang "
            "akan mereka datangi, yakni Belgia dan Austria.",
            ["Belgia", "Austria"],
        ),
        (
            "JAKARTA - Pansus RUU Perkoperasian DPR menjadwalkan studi banding ke dua negara: Norwegia dan Portugal.",
            [
                "Norwegia",
                "Portugal",
            ],
        ),
    ],
)
def test_countries_counted_then_listed_are_a_visit_each(text: str, hosts: list[str]) -> None:
    # reports announce a trip to several countries by counting them, then listing them
    assert _hosts(text) == hosts


@pytest.mark.parametrize(
    "text",
    [
        # an export list and a comparison of countries name no trip there
        "MAROS - Peserta PKP Angkatan II Kabupaten Pinrang studi lapangan ke Kabupaten Maros, Senin (6/11/2023). "
        "Mereka meninjau kerajinan yang sudah diekspor ke tiga negara, yaitu Jepang, Belanda dan Australia.",
        "DENPASAR - Komisi II DPRD Kabupaten Gianyar studi banding ke Kabupaten Badung, Rabu (8/3/2023). "
        "Badung dipilih karena, bersama dua negara lain, yaitu Thailand dan Vietnam, pariwisatanya dikenal luas.",
    ],
)
def test_countries_listed_without_going_there_are_no_destination(text: str) -> None:
    assert all(v["destination"]["province"] is not None for v in visit_json_of(text))
    assert visit_json_of(text)


def test_a_second_group_told_after_the_first_goes_to_its_own_countries() -> None:
    text = (
        "Peserta PPRA 63 Lemhannas RI menjalani studi strategis luar negeri (SSLN) ke Jerman, Senin (6/5). Di samping "
        "ke Jerman, rombongan peserta PPRA 63 yang lain mendatangi Mesir dan Turki."
    )
    visits = visit_json_of(text)
    assert [v["destination"]["host"] for v in visits] == ["Jerman", "Mesir", "Turki"]
    # SSLN is a named programme component: activity other, over the generic names
    assert {v["activity"] for v in visits} == {"other"}


def test_groups_named_by_their_destination_country() -> None:
    text = (
        "Usai kunjungan ke tiga negara, peserta SSLN PPSA XX melapor kepada Gubernur Lemhannas RI. Kelompok dengan "
        "negara tujuan Swedia tampil pertama, disusul kelompok negara tujuan Finlandia dan negara tujuan Denmark."
    )
    assert _hosts(text) == ["Swedia", "Finlandia", "Denmark"]


def test_days_written_before_each_leg_belong_to_it() -> None:
    text = (
        "MEDAN - Komisi B DPRD Sumatera Utara akan melakukan kunjungan kerja ke Jepang dan Korea Selatan. Menurut "
        "jadwal, tanggal 3-5 Mei 2019 ke Jepang, lalu tanggal 7-9 Mei 2019 ke Korea Selatan."
    )
    got = [(v["destination"]["host"], v["start_date"], v["end_date"]) for v in visit_json_of(text)]
    assert got == [("Jepang", "2019-05-03", "2019-05-05"), ("Korea Selatan", "2019-05-07", "2019-05-09")]


def test_one_set_of_days_after_a_list_of_countries_is_every_groups() -> None:
    text = (
        "JAKARTA - Sebanyak 18 anggota Komisi III DPR melakukan studi banding ke tiga negara, yaitu Belanda, "
        "Prancis dan Jerman. Rombongan dibagi tiga dan berada di sana pada 10-15 Juni 2018."
    )
    got = [(v["destination"]["host"], v["start_date"], v["end_date"], v["participants"]) for v in visit_json_of(text)]
    assert got == [(c, "2018-06-10", "2018-06-15", None) for c in ("Belanda", "Prancis", "Jerman")]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # the trip set apart from a kind of trip has none of its names
        (
            "SURABAYA - Sebanyak 8 anggota DPRD Kota Surabaya berangkat ke Korea Selatan, Senin (8/5/2017), untuk "
            "program kota kembar, lain lagi dengan kunker (kunjungan kerja). Mereka akan mempelajari transportasi.",
            "other",
        ),
        # ... but a name said of it elsewhere still names it
        (
            "JAKARTA - Pansus RUU Hak Cipta DPR akan bertolak ke Swiss. Perjalanan itu disebut kunjungan "
            "diplomatik, bukan studi banding, walau tujuannya melakukan studi banding soal hak cipta di Swiss.",
            "studi banding",
        ),
    ],
)
def test_a_trip_named_by_what_it_is_not(text: str, activity: str) -> None:
    assert [v["activity"] for v in visit_json_of(text)] == [activity]


def test_a_trip_at_home_told_before_a_country_stays_at_home():
    text = (
        "Peserta Diklatpim II Angkatan IV melakukan studi lapangan ke Kabupaten Badung, Senin (3/3/2025)."
        " Bupati Badung mengaku pernah studi banding ke Jepang untuk belajar soal sampah."
    )
    assert [h[0] for h in province_hosts_of(text)] == ["Bali"]


# ---- a trip abroad: every group the article sends goes there, not only the first


def _abroad(text: str) -> list[tuple]:
    return sorted(
        (e.visit.cohort or 0, e.visit.origin.regency or "", e.visit.destination.host or "") for e in extract_text(text)
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Peserta PKN II Angkatan 5 dan Angkatan 6 BPSDM Jawa Timur melaksanakan studi lapangan ke Malaysia,"
            " 3-8 Juli 2023.",
            [(5, "", "Malaysia"), (6, "", "Malaysia")],
        ),
        (
            "Rombongan DPRD Kabupaten Jember serta rombongan DPRD Kabupaten Banyuwangi melakukan studi banding ke"
            " Korea Selatan pada 3-8 Juli 2023.",
            [(0, "Kabupaten Banyuwangi", "Korea Selatan"), (0, "Kabupaten Jember", "Korea Selatan")],
        ),
        (
            "Sebanyak 60 peserta Diklatpim III Angkatan I dan Angkatan II Provinsi Jambi berangkat benchmarking ke"
            " Singapura, Senin (3/7/2023).",
            [(1, "", "Singapura"), (2, "", "Singapura")],
        ),
        (
            "Dua rombongan, yakni DPRD Kota Batu dan DPRD Kota Malang, studi banding ke Jepang pada 3-8 Juli 2023.",
            [(0, "Kota Batu", "Jepang"), (0, "Kota Malang", "Jepang")],
        ),
    ],
)
def test_each_group_goes_abroad(text, want):
    assert _abroad(text) == want


# ---------------------------------------------------------------- 1. the travellers' home on a trip abroad
# A report of a trip abroad names the travellers by their region's council, head or government
# ("anggota DPRD X", "Bupati X", "Pemkab X") and names that region again as where the lessons will be
# used or where the group comes back to; no place at home is gone to, so the region is their home.
@pytest.mark.parametrize(
    ("text", "province", "regency"),
    [
        (
            "BOYOLALI - Sebanyak 11 anggota DPRD Boyolali bertolak ke Korea Selatan untuk kunjungan kerja pada "
            "4-9 Maret 2024. Hasil kunjungan itu akan diterapkan dalam kebijakan pertanian di Boyolali.",
            "Jawa Tengah",
            "Kabupaten Boyolali",
        ),
        (
            "Wali Kota Pariaman Studi Banding ke Jepang\n\nPARIAMAN - Wali Kota Pariaman beserta enam kepala dinas "
            "studi banding ke Jepang, 12-16 Agustus 2024. Sepulang dari sana, ilmu tentang mitigasi tsunami akan "
            "dipraktikkan di Pariaman.",
            "Sumatera Barat",
            "Kota Pariaman",
        ),
        (
            "BLORA - Bupati Blora memimpin rombongan studi banding ke Belanda pada 20-26 Juni 2024. Menurutnya, "
            "pengelolaan air di Belanda cocok untuk dikembangkan di Blora.",
            "Jawa Tengah",
            "Kabupaten Blora",
        ),
        (
            "Pemkab Sumedang Kirim Pejabat ke Korea\n\nSUMEDANG - Pemkab Sumedang mengirim delapan pejabat "
            "studi banding ke Korea Selatan pada 7-11 Oktober 2024. Sepulangnya, rombongan tiba kembali di "
            "Sumedang dan langsung melapor.",
            "Jawa Barat",
            "Kabupaten Sumedang",
        ),
    ],
)
def test_home_of_a_trip_abroad(text: str, province: str, regency: str) -> None:
    visits = [e.visit for e in extract_text(text)]
    assert visits
    for v in visits:
        assert v.destination.province is None
        assert (v.origin.province, v.origin.regency) == (province, regency)


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        # a sender found in its own words keeps it, and the trip still goes abroad
        (
            "SURABAYA - Sebanyak 12 anggota DPRD Kabupaten Jember melakukan studi banding ke Jepang pada "
            "3-8 Maret 2024. Hasilnya akan diterapkan di Jember.",
            None,
        ),
        # a trip at home keeps the council's region as where it goes
        (
            "MALANG - Sebanyak 15 anggota DPRD Kota Blitar studi banding ke DPRD Kota Malang, Senin (4/3/2024).",
            "Jawa Timur",
        ),
    ],
)
def test_home_near_misses(text: str, dest: str | None) -> None:
    visits = [e.visit for e in extract_text(text)]
    assert visits
    assert all(v.destination.province == dest for v in visits)
    assert all(v.origin.province == "Jawa Timur" for v in visits)


# ---------------------------------------------------------------- 1. a trip abroad only proposed or applied for
# A country named in a sentence that proposes the trip or applies for it ("mengusulkan studi banding ke X",
# "surat permohonan ... dengan tujuan X", "diusulkan ikut ... ke X") is where a group wishes to go: the
# proposal is the news, no trip is reported.
@pytest.mark.parametrize(
    "text",
    [
        "TAPANULI - Puluhan kepala desa di Tapanuli Tengah mengusulkan studi banding ke Vietnam untuk belajar "
        "budidaya kopi. Usulan itu masih dibahas dinas terkait.",
        "Surat permohonan izin perjalanan 9 anggota DPRD Sumbawa dengan tujuan Korea Selatan sudah dikirim "
        "ke Kemendagri, namun hingga kini belum dijawab.",
        "Sejumlah camat diusulkan mengikuti kunjungan belajar ke Jepang tahun depan, kata Sekda dalam rapat "
        "anggaran, Senin.",
        "Komisi II DPRD Kota Palopo mengajukan rencana kaji banding ke Malaysia kepada pimpinan dewan untuk "
        "mempelajari tata kelola pasar tradisional.",
        "Kepala dinas mewacanakan pengiriman 15 petani muda untuk magang di Taiwan, sebab hasil pertanian "
        "mereka dinilai perlu ditingkatkan.",
    ],
)
def test_proposed_trip_abroad_names_no_stop(text: str) -> None:
    assert find_stops(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the trip is told as made (the proposal long settled, or a word that only looks alike)
        "MATARAM - Sebanyak 20 kepala desa dari Lombok Utara berangkat ke Thailand pada 3 Mei 2024 untuk "
        "studi banding pengelolaan desa wisata.",
        "Rombongan Pemkab Jembrana tiba di Jepang, Selasa (4/6/2024), untuk belajar pengelolaan sampah dari "
        "pemerintah kota Kitakyushu.",
        # the words of applying that mean something else: a plea at a send-off, a reporter's question, knowledge
        "Mohon doa restu, kata Bupati, saat melepas 20 kepala desa yang berangkat ke Jepang pada 5 Juni 2024.",
        "Menjawab pertanyaan yang diajukan wartawan, Sekda menyebut rombongan sudah tiba di Korea Selatan, Senin.",
        "Studi banding ke Belanda itu untuk menambah wacana dan wawasan 12 anggota dewan, ujar Ketua DPRD.",
    ],
)
def test_trip_abroad_told_as_made_still_has_its_stop(text: str) -> None:
    assert find_stops(text)


# ---------------------------------------------------------------- a city abroad with its country in brackets


def test_a_city_with_its_country_in_brackets_goes_abroad() -> None:
    found = visits_of(
        "Peserta PKA Kalimantan Utara Benchmarking ke Kota Kinabalu (Malaysia)",
        "Tanjung Selor - Sebanyak 28 peserta PKA Angkatan II BPSDM Provinsi Kalimantan Utara melaksanakan"
        " benchmarking ke Kota Kinabalu (Malaysia), Kamis (22/8/2024).",
    )
    assert host_provinces(found) == [("Malaysia", None)]


def test_a_one_word_city_in_brackets_goes_abroad() -> None:
    found = visits_of(
        "Pemkot Medan Studi Banding ke Penang (Malaysia)",
        "Medan - Sebanyak 20 pejabat Pemerintah Kota Medan melaksanakan studi banding ke Penang (Malaysia), Selasa"
        " (13/8/2024). Rombongan mempelajari penataan kawasan kota tua.",
    )
    assert host_provinces(found) == [("Malaysia", None)]


def test_near_miss_a_country_in_brackets_as_an_aside_is_no_trip_abroad() -> None:
    found = visits_of(
        "Peserta Latsar Kota Cimahi Studi Lapangan ke Kota Bandung",
        "Cimahi - Peserta Latsar CPNS Kota Cimahi melakukan studi lapangan ke Kota Bandung, Selasa (3/9/2024), ke"
        " dinas yang meraih penghargaan dari lembaga internasional (Jepang) tahun lalu.",
    )
    assert [v.destination.regency for v in found] == ["Kota Bandung"]


# ---------------------------------------------------------------- a home place on the way out is no stop


def test_the_capital_on_the_way_to_a_country_abroad_is_no_stop() -> None:
    found = visits_of(
        "Kepala Desa se-Kabupaten Kendal Studi Banding ke Thailand",
        "Kendal - Sebanyak 25 kepala desa se-Kabupaten Kendal berangkat dari Bandara Ahmad Yani Semarang menuju"
        " Jakarta, Minggu (4/8/2024), sebelum terbang ke Thailand untuk studi banding pengelolaan desa wisata.",
    )
    assert host_provinces(found) == [("Thailand", None)]


def test_going_on_from_the_capital_to_a_country_abroad() -> None:
    found = visits_of(
        "Peserta Diklatpim II Provinsi Sumatera Selatan Benchmarking ke Australia",
        "Palembang - Peserta Diklatpim II Angkatan VI Provinsi Sumatera Selatan mengikuti pelepasan di Kantor"
        " Gubernur Sumatera Selatan, Jumat (6/9/2024). Rombongan kemudian bertolak ke Jakarta dan melanjutkan"
        " perjalanan menuju Australia untuk benchmarking di Kota Perth selama lima hari.",
    )
    assert host_provinces(found) == [("Australia", None)]


def test_sent_to_the_capital_to_fly_on_abroad() -> None:
    found = visits_of(
        "Lima Pejabat Pemkab Sumedang Studi Banding ke Belanda",
        "Sumedang - Lima pejabat Pemerintah Kabupaten Sumedang diberangkatkan ke Jakarta pada Sabtu (12/10/2024),"
        " untuk kemudian terbang ke Belanda guna studi banding pengelolaan irigasi selama sepekan.",
    )
    assert host_provinces(found) == [("Belanda", None)]


def test_setting_off_from_the_capital_to_a_country() -> None:
    found = visits_of(
        "Peserta PKN II Berangkat Studi Lapangan ke Singapura",
        "Jakarta - Sebanyak 45 peserta PKN Tingkat II Angkatan X Lembaga Administrasi Negara berangkat dari Jakarta"
        " menuju Singapura, Senin (16/9/2024), untuk studi lapangan selama tiga hari.",
    )
    assert host_provinces(found) == [("Singapura", None)]


def test_near_miss_a_home_trip_after_a_trip_abroad_told_before_stays_home() -> None:
    found = visits_of(
        "Komisi A DPRD Kota Malang Studi Banding ke Kota Denpasar",
        "Malang - Komisi A DPRD Kota Malang melakukan studi banding ke Kota Denpasar, Selasa (10/9/2024). Tahun"
        " lalu komisi itu pernah belajar ke Jepang.",
    )
    assert destination_regencies(found) == ["Kota Denpasar"]


# ---------------------------------------------------------------- countries counted beside a trip at home
# A programme that went both at home and abroad tells its foreign leg as countries counted and then named
# ("studi luar negeri ke tiga negara, yaitu A, B dan C"): each country is a visit beside the ones at home.


def test_countries_counted_beside_provinces() -> None:
    found = visits_of(
        "Jakarta - Gubernur Lemhannas menutup Program Pendidikan Reguler Angkatan 66 di Jakarta, Jumat (4/10/2024).",
        "Selama pendidikan, peserta menjalani studi strategis dalam negeri ke Provinsi Aceh dan Jambi, serta"
        " studi strategis luar negeri ke tiga negara, yaitu Jepang, Mesir, dan Brasil.",
    )
    assert {"Jepang", "Mesir", "Brasil"} <= hosts_abroad(found)
    assert "Aceh" in places_visited(found)


def test_countries_counted_with_digits_beside_a_city() -> None:
    found = visits_of(
        "Peserta Pelatihan Kepemimpinan Nasional Tingkat I Angkatan 50 melakukan studi lapangan ke Kota"
        " Surabaya, Senin (7/10/2024).",
        "Pekan depan peserta juga dijadwalkan berangkat ke 2 negara, yaitu Singapura dan Korea Selatan.",
    )
    assert {"Singapura", "Korea Selatan"} <= hosts_abroad(found)
    assert "Kota Surabaya" in places_visited(found)


def test_countries_counted_with_colon() -> None:
    found = visits_of(
        "Komisi D DPRD Provinsi Jawa Barat melakukan kunjungan kerja ke Kota Denpasar, Selasa (8/10/2024).",
        "Pada bulan yang sama komisi itu juga bertolak ke dua negara: Thailand dan Vietnam.",
    )
    assert {"Thailand", "Vietnam"} <= hosts_abroad(found)


def test_foreign_leg_of_a_ksdn_is_no_ksdn() -> None:
    found = visits_of(
        "Peserta PPSA Angkatan 25 Lemhannas melaksanakan KSDN ke Provinsi Riau, Rabu (9/10/2024).",
        "Sebelumnya peserta telah mengikuti studi strategis luar negeri ke dua negara, yakni Jerman dan Belanda.",
    )
    abroad = [v for v in found if v.destination.province is None]
    assert {v.destination.host for v in abroad} == {"Jerman", "Belanda"}
    assert all(v.activity != "ksdn" for v in abroad)


def test_near_miss_countries_counted_as_partners() -> None:
    # countries named as partners are no trip abroad
    found = visits_of(
        "Komisi D DPRD Provinsi Jawa Barat melakukan kunjungan kerja ke Kota Denpasar, Selasa (8/10/2024).",
        "Kota Denpasar sudah menjalin kerja sama dengan tiga negara, yaitu Jepang, Australia, dan Belanda.",
    )
    assert hosts_abroad(found) == set()


def _countries(text: str) -> list[str]:
    return [s.written for s in find_stops(text)]


# ---------------------------------------------------------------- 1. any country, in any of its spellings
# A trip abroad names its country as Indonesian news writes it: one word or two ("Hongkong", "Hong Kong"),
# with a hyphen ("Timor-Leste"), in the English order ("Saudi Arabia"), and countries beyond the usual few
# (Nepal, Iran, Kuwait, Oman, Ceko, Kroasia, Rumania, Ukraina, Kenya, Peru, Chile, Kuba, Mongolia …).
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sebanyak 20 peserta PKN II berangkat studi banding ke Hongkong pekan depan.", "Hongkong"),
        ("Rombongan DPRD Kabupaten Belu melakukan kunjungan kerja ke Timor-Leste, Senin.", "Timor-Leste"),
        ("Para kepala desa berangkat studi banding ke Nepal untuk belajar desa wisata.", "Nepal"),
        ("Peserta PPRA bertolak ke Kroasia untuk Studi Strategis Luar Negeri.", "Kroasia"),
        ("Sebanyak 15 petani berangkat belajar ke Kenya selama sepekan.", "Kenya"),
        ("Delegasi Lemhannas berangkat studi banding ke Saudi Arabia, Minggu.", "Saudi Arabia"),
        ("Peserta diberangkatkan ke Viet Nam untuk studi banding pengelolaan pelabuhan.", "Viet Nam"),
    ],
)
def test_any_country_gone_to(text: str, country: str) -> None:
    assert _countries(text) == [country]


@pytest.mark.parametrize(
    "text",
    [
        # a country named but not gone to
        "Produk kopi Kabupaten Jember diekspor ke Nepal dan Kenya setiap tahun.",
        "Bupati bercerita tentang pengalamannya menonton sepak bola Kroasia di televisi.",
    ],
)
def test_any_country_near_misses(text: str) -> None:
    assert _countries(text) == []


# ---------------------------------------------------------------- 2. any verb of being at the place abroad
# A report tells the group at the country by any verb of staying or stopping there ("singgah di", "mendarat
# di", "tinggal di", "magang di", "menyinggahi", "melawat ke"), not only "berada/tiba/belajar di".
@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 12 kepala desa studi banding dan sempat singgah di Malaysia sebelum pulang.",
        "Rombongan studi banding mendarat di Jepang pada Senin pagi.",
        "Selama studi banding, para peserta tinggal di Korea Selatan selama lima hari.",
        "Para peserta studi banding menyinggahi Singapura dalam perjalanan pulang.",
        "Sebanyak 10 penyuluh pertanian magang di Jepang selama tiga bulan untuk belajar pertanian modern.",
    ],
)
def test_any_verb_of_being_abroad(text: str) -> None:
    assert len(_countries(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Kapal ikan itu singgah di Malaysia sebelum kembali ke pelabuhan.",
        "Anak bupati itu kini tinggal di Jepang bersama keluarganya.",
    ],
)
def test_being_abroad_near_misses(text: str) -> None:
    assert _countries(text) == []


# ---------------------------------------------------------------- 10. countries counted, then listed, in any words
# "studi banding ke tiga negara, yaitu A, B dan C": the countries counted by any number up to ten, gone to by
# any verb (mengunjungi, singgahi), the list opened by any word of listing (seperti, masing-masing, adalah).
_TRIO = ["Turki", "Yunani", "India"]


@pytest.mark.parametrize(
    "text",
    [
        "Para peserta studi banding ke tiga negara, seperti Turki, Yunani, dan India.",
        "Ada sepuluh negara yang mereka datangi, yakni Turki, Yunani, dan India.",
        "Peserta studi banding ke tiga negara, masing-masing Turki, Yunani, dan India.",
        "Ada tiga negara yang mereka singgahi, yaitu Turki, Yunani, dan India.",
        "Peserta mengunjungi tiga negara, yakni Turki, Yunani, dan India.",
        "Peserta studi banding ke tiga negara tujuan, adalah Turki, Yunani, dan India.",
    ],
)
def test_countries_counted_then_listed(text: str) -> None:
    assert _countries(text) == _TRIO


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia bersama dua negara lain, yaitu Turki dan India, menandatangani kesepakatan.",
        "Produk kerajinan itu diekspor ke tiga negara, seperti Turki, Yunani, dan India.",
    ],
)
def test_countries_counted_near_misses(text: str) -> None:
    assert _countries(text) == []


# ---------------------------------------------------------------- 10c. countries listed after a list word, uncounted
# A council's trip abroad as often lists its countries with no count and no "ke": after a verb of visiting and a list
# word ("akan mengunjungi antara lain A dan B"), after the trip's goal ("kunker … dengan tujuan A dan B", "Tujuan
# kunjungan mereka meliputi A dan B", "dengan tujuan: A, B"), or "N negara direncanakan menjadi tujuan, yaitu …".
# Each country is a stop, one visit each (docs/schema.md: one record per country gone to).
@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "JAKARTA - Komisi II DPR RI merencanakan kunjungan kerja pada 3-10 Mei 2022 dengan tujuan Belanda dan "
            "Jerman, untuk mempelajari sistem pendaftaran tanah.",
            ["Belanda", "Jerman"],
        ),
        (
            "JAKARTA - Sebanyak 20 anggota Komisi IV DPR RI bakal berangkat studi banding bulan depan. Rombongan itu "
            "akan mengunjungi antara lain Selandia Baru, Australia dan Jepang.",
            ["Selandia Baru", "Australia", "Jepang"],
        ),
        (
            "SEMARANG - Anggota Badan Pembentukan Perda DPRD Jawa Tengah akan melakukan studi banding ke luar negeri. "
            "Tujuan kunjungan mereka meliputi Korea Selatan dan Jepang.",
            ["Korea Selatan", "Jepang"],
        ),
        (
            "BANDUNG - Komisi II DPRD Jawa Barat berangkat kunjungan kerja ke luar negeri dengan tujuan: Malaysia, "
            "Singapura, dan Thailand.",
            ["Malaysia", "Singapura", "Thailand"],
        ),
        (
            "MEDAN - Rombongan DPRD Sumatera Utara akan bertolak kunjungan kerja, menyambangi di antaranya Jepang dan "
            "Korea Selatan, 2-6 Oktober 2023.",
            ["Jepang", "Korea Selatan"],
        ),
        (
            "JAKARTA - Komisi VI DPR akan menggelar kunjungan kerja ke luar negeri untuk RUU Perdagangan. Dua negara "
            "dijadwalkan menjadi tujuan, yakni Brasil dan Meksiko.",
            ["Brasil", "Meksiko"],
        ),
    ],
)
def test_countries_listed_after_a_list_word(text: str, countries: list[str]) -> None:
    assert _countries(text) == countries
    assert [v.destination.host for v in visits_of(text)] == countries


_NAMED = {"Jepang", "Korea Selatan", "Belanda", "Jerman", "Malaysia", "Singapura"}


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: countries as examples of success, a host's story, a partner, foreign guests, goods' goal
        "SLEMAN - Rombongan DPRD Kabupaten Magelang berkunjung ke DPRD Sleman untuk belajar pengelolaan sampah. "
        "Menurut Ketua DPRD, pengelolaan sampah berhasil di banyak negara, antara lain Jepang dan Korea Selatan.",
        "MALANG - Rombongan Pemkab Blitar melakukan studi banding ke Pemkot Malang, Rabu (6/3/2024). Pemkot Malang "
        "menjalin kerja sama sister city dengan negara mitra, yaitu Jepang dan Belanda.",
        "DENPASAR - Delegasi dari negara tetangga, yaitu Malaysia dan Singapura, mengunjungi Pemprov Bali, Kamis "
        "(7/3/2024), untuk belajar pengelolaan pariwisata.",
        "SOLO - DPRD Kabupaten Sragen melakukan kunjungan kerja ke Pemkot Surakarta untuk belajar tata kelola pasar. "
        "Wali Kota mengatakan Solo ingin seperti di Jepang, yaitu pasar yang bersih.",
        "BOGOR - Komisi B DPRD Kota Depok berkunjung ke Pemkot Bogor, Senin (4/3/2024), untuk belajar soal ekspor. "
        "Produk UMKM Bogor dikirim dengan tujuan Jepang dan Korea Selatan.",
    ],
)
def test_countries_listed_near_misses(text: str) -> None:
    assert _countries(text) == []
    assert not hosts_abroad(visits_of(text)) & _NAMED


@pytest.mark.parametrize(
    "text",
    [
        # near-misses with a stop word but no visit abroad: a host's story, a ban on trips abroad
        "BANTUL - DPRD Kabupaten Kulon Progo melakukan kunjungan kerja ke Pemkab Bantul, Selasa (5/3/2024). Bupati "
        "Bantul menceritakan pengalamannya, yakni saat ia belajar di Jepang dan Jerman.",
        "PADANG - Gubernur Sumatera Barat melarang perjalanan dinas ke luar negeri, termasuk kunjungan kerja dengan "
        "tujuan Malaysia dan Singapura, selama pandemi.",
    ],
)
def test_countries_listed_no_visit_abroad(text: str) -> None:
    assert not hosts_abroad(visits_of(text)) & _NAMED


# ---------------------------------------------------------------- 11. a trip told by any verb of travelling
# The sentence naming the country must tell a trip; reporters tell it by any verb of travelling or visiting:
# berangkat, mengunjungi, and as often menyambangi, bertandang, melawat, lawatan, terbang, menjelajahi.
@pytest.mark.parametrize(
    "text",
    [
        "Para kepala desa menyambangi sejumlah negara, di antaranya Turki, Yunani, dan India.",
        "Sebanyak 12 kepala desa bertandang ke Jepang pekan lalu.",
        "Sebanyak 12 kepala desa melawat ke Jepang pekan lalu.",
        "Sebanyak 12 kepala desa terbang ke Jepang, Senin.",
        "Rombongan kepala desa singgah di Singapura dalam lawatan mereka.",
    ],
)
def test_trip_by_any_verb_of_travelling(text: str) -> None:
    assert _countries(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harga kedelai impor dari Amerika Serikat terus naik.",
        "Sebanyak 12 kepala desa menonton pertandingan Jepang di televisi.",
    ],
)
def test_trip_by_any_verb_near_misses(text: str) -> None:
    assert _countries(text) == []


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Peserta PKN II Angkatan 5 studi lapangan ke Singapura, tepatnya di Civil Service College (CSC), "
            "pada 3 Juni 2024.",
            ["Civil Service College (CSC)"],
        ),
        (
            "Sebanyak 30 peserta PKA benchmarking ke Malaysia pada 4 Juli 2024 dengan dua lokus utama: "
            "Jabatan Perkhidmatan Awam (JPA) dan Public Service Academy (PSA).",
            ["Jabatan Perkhidmatan Awam (JPA)", "Public Service Academy (PSA)"],
        ),
        (
            "Rombongan DPRD Kota Batam studi banding ke Korea Selatan pada 5 Mei 2024. Mereka belajar di "
            "Korea Development Institute (KDI) tentang perencanaan kota.",
            ["Korea Development Institute (KDI)"],
        ),
        (
            "Peserta Sespimti studi banding ke Jepang pada 6 Agustus 2024 dan mengunjungi National Police Academy.",
            ["National Police Academy"],
        ),
        # near-misses: a body named where no one goes, and a country's bodies in a trip to several countries
        (
            "Peserta PKN II studi lapangan ke Singapura pada 3 Juni 2024. Materinya disusun oleh "
            "Civil Service College.",
            [],
        ),
    ],
)
def test_a_body_abroad_named_in_its_own_language_is_the_unit_visited(text: str, units: list[str]) -> None:
    assert [e.visit.host_agencies for e in extract_text(text)] == [units]


def test_bodies_abroad_on_a_trip_to_several_countries_are_nobodys() -> None:
    text = (
        "Peserta PPRA studi strategis luar negeri ke Jepang dan ke Korea Selatan pada 6 Agustus 2024, "
        "mengunjungi National Police Academy dan Korea Development Institute."
    )
    assert all(e.visit.host_agencies == [] for e in extract_text(text))


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "MALANG - Sebanyak 15 kepala desa Kabupaten Malang melakukan studi banding di Kuala Lumpur, Malaysia, "
            "pada 4-8 Juni 2018, untuk belajar pengelolaan koperasi.",
            "Malaysia",
        ),
        (
            "BLITAR - Sebanyak 10 anggota DPRD Kota Blitar mengikuti benchmarking di Osaka dan Kyoto, Jepang, "
            "4-8 Juni 2018, guna mempelajari pengolahan sampah.",
            "Jepang",
        ),
        (
            "GARUT - Sebanyak 8 camat Kabupaten Garut berangkat ke Ho Chi Minh dan Hanoi, Vietnam, 4-8 Juni 2018, "
            "untuk belajar pertanian modern.",
            "Vietnam",
        ),
        (
            "DEMAK - Rombongan Pemkab Demak belajar di Bangkok, Thailand, 4-8 Juni 2018, tentang pengembangan desa "
            "wisata.",
            "Thailand",
        ),
    ],
)
def test_cities_written_before_their_country_send_the_group_to_the_country(text: str, host: str) -> None:
    # "di Beijing dan Chengdu, China" (lj-08 minanews), "di Tokyo, Jepang" (ks-17), "ke Seoul, Korea Selatan" (kc-08):
    # however many cities, and after "di" as after "ke", the country after them is where the group went
    assert [(v["destination"]["province"], v["destination"]["host"]) for v in visit_json_of(text)] == [(None, host)]


def test_a_country_after_a_home_place_or_an_uncapitalised_word_is_no_destination() -> None:
    # a home place's address is no foreign city, nor a list of countries a group came from
    text = (
        "BATAM - Rombongan DPRD Kabupaten Karimun melakukan studi banding di Kota Batam, Kepulauan Riau, Senin "
        "(3/6/2024). Batam dekat dengan Singapura dan Malaysia."
    )
    assert [v["destination"]["regency"] for v in visit_json_of(text)] == ["Kota Batam"]
    text = (
        "SURABAYA - Rombongan DPRD Kabupaten Sampang studi banding ke Kota Surabaya, Senin (3/6/2024). Produk "
        "olahan ikan di sana diekspor ke berbagai pasar, Malaysia salah satunya."
    )
    assert [v["destination"]["regency"] for v in visit_json_of(text)] == ["Kota Surabaya"]


@pytest.mark.parametrize(
    "text, hosts",
    [
        (
            "Komisi C DPRD Kota Medan melakukan kunjungan kerja ke Korea Selatan, Senin (3/6/2024), untuk studi banding"
            " pengelolaan sampah. Rencana sebelumnya ke Jepang batal karena izin belum keluar.",
            ["Korea Selatan"],
        ),
        (
            "Rombongan DPRD Kabupaten Bekasi studi banding ke Belanda pada Selasa (4/6/2024). Sebelumnya mereka urung"
            " berangkat ke Australia lantaran visa belum terbit.",
            ["Belanda"],
        ),
        (
            "Sebanyak 20 anggota DPRD Provinsi Jambi berangkat studi banding ke Singapura, Rabu (5/6/2024)."
            " Keberangkatan ke Malaysia ditunda hingga tahun depan.",
            ["Singapura"],
        ),
        (
            "Pemkab Sleman mengirim 15 lurah studi banding ke Thailand, Kamis (6/6/2024). Perjalanan yang ke Vietnam"
            " dibatalkan oleh panitia.",
            ["Thailand"],
        ),
        # near-misses: a delay the trip got past
        (
            "Komisi A DPRD Kota Bandung studi banding ke Jepang, Senin (3/6/2024). Keberangkatan sempat ditunda sepekan"
            " karena cuaca.",
            ["Jepang"],
        ),
        (
            "Kunjungan ke Jerman yang sempat batal tahun lalu akhirnya terlaksana: Komisi B DPRD DKI studi banding ke"
            " Jerman, Selasa (4/6/2024).",
            ["Jerman"],
        ),
    ],
)
def test_a_country_a_trip_to_which_was_called_off_is_no_stop(text, hosts):
    # as a region a trip to which was called off (called_off.called_off_regions): gone to nowhere in the article
    assert [e.visit.destination.host for e in extract_text(text)] == hosts


# r39-probe: a trip abroad announced in one sentence ("ke luar negeri", "Studi Strategis Luar Negeri"), its groups
# sent to their countries in the next, with no word of the trip there
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kementerian Dalam Negeri mengirim dua tim studi banding ke luar negeri pada 9-13 September 2024. Tim"
            " pertama beranggotakan 8 orang ke Singapura untuk mempelajari smart city, sedangkan tim kedua"
            " beranggotakan 7 orang ke Malaysia mempelajari layanan kependudukan.",
            {("Singapura", 8), ("Malaysia", 7)},
        ),
        (
            "Sebanyak 40 kepala desa dari Kabupaten Kampar mengikuti studi banding ke luar negeri. Rombongan dibagi"
            " dua, 20 orang ke Thailand dan 20 orang lainnya ke Malaysia, 14-18 Oktober 2024.",
            {("Thailand", 20), ("Malaysia", 20)},
        ),
        (
            "Peserta PPRA LXVI Lemhannas RI melaksanakan Studi Strategis Luar Negeri (SSLN). Kelompok pertama ke"
            " Vietnam, kelompok kedua ke India, dan kelompok ketiga ke Brasil, 20-26 Juni 2024.",
            {("Vietnam", None), ("India", None), ("Brasil", None)},
        ),
        (
            "DPRD Kabupaten Gresik melakukan kunjungan kerja ke luar negeri, Senin (7/10/2024). Delegasi yang"
            " dipimpin wakil ketua menuju Korea Selatan, sementara delegasi lainnya ke Jepang.",
            {("Korea Selatan", None), ("Jepang", None)},
        ),
    ],
)
def test_groups_sent_to_countries_after_a_sentence_telling_a_trip_abroad(text, want) -> None:
    assert {(v.destination.host, v.participants) for v in visits_of(text)} == want


@pytest.mark.parametrize(
    "text",
    [
        # a country sold to, not gone to, after the trip abroad is told
        "Sebanyak 20 kepala desa Kabupaten Kampar studi banding ke luar negeri. Hasil panen kelompok tani desa"
        " mereka kini diekspor ke Jepang.",
        # a country named without a part of the group going there
        "Bupati Kampar sudah sering studi banding ke luar negeri. Tahun depan pemerintah berencana ke Jepang.",
    ],
)
def test_a_country_after_a_trip_abroad_without_a_group_going_there_is_no_stop(text) -> None:
    assert [v.destination.host for v in visits_of(text) if v.destination.province is None] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the countries listed after "negara tujuan", a count after the list for each of them
        (
            "Pemerintah Provinsi Jawa Timur memberangkatkan 20 kepala desa untuk studi banding ke luar negeri. Negara"
            " tujuan antara lain Jepang dan Korea Selatan, masing-masing 10 peserta. Mereka berangkat Senin"
            " (5/8/2024).",
            {("Jepang", 10), ("Korea Selatan", 10)},
        ),
        (
            "Sebanyak 24 lurah Kota Medan studi banding ke Malaysia dan Singapura, masing-masing 12 orang, 2-6 Juni"
            " 2024.",
            {("Malaysia", 12), ("Singapura", 12)},
        ),
        # one count before a list of countries the group went to whole: every country's (docs/schema.md)
        (
            "Sebanyak 25 pejabat Pemkot Surabaya melakukan studi banding ke Jepang dan Korea Selatan pada 1-7 September"
            " 2024.",
            {("Jepang", 25), ("Korea Selatan", 25)},
        ),
        (
            "Pemkab Badung memberangkatkan 18 ASN untuk benchmarking ke Belanda, Jerman dan Swiss, 3-12 Mei 2024.",
            {("Belanda", 18), ("Jerman", 18), ("Swiss", 18)},
        ),
        # near-miss: the group divided, each part its own count
        (
            "Sebanyak 26 orang ke Cina pada 3-18 September 2024, sementara 14 peserta ke India untuk studi banding"
            " pada 2-15 September 2024.",
            {("Cina", 26), ("India", 14)},
        ),
    ],
)
def test_one_count_for_a_list_of_countries(text, want) -> None:
    assert {(v.destination.host, v.participants) for v in visits_of(text)} == want


def test_a_count_before_a_list_of_countries_is_not_every_countrys_when_the_group_divides() -> None:
    found = visits_of(
        "Sebanyak 30 anggota DPRD Jawa Barat studi banding ke Jepang dan Korea Selatan, 1-7 Juli 2024. Setiap"
        " negara didatangi oleh 15 anggota."
    )
    assert {v.destination.host for v in found} == {"Jepang", "Korea Selatan"}
    assert [v.participants for v in found].count(30) <= 1


# The region's neighbours are written as countries too: a study trip to Papua Nugini, Vanuatu or Samoa goes abroad,
# and "Papua" inside "Papua Nugini" is no province of the host's (place_aliases.json "not_places").
@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "JAYAPURA - Sebanyak 15 pejabat Pemerintah Provinsi Papua melakukan studi banding ke Papua Nugini pada "
            "12-14 Maret 2024 untuk mempelajari pengelolaan pasar perbatasan.",
            "Papua Nugini",
        ),
        (
            "MERAUKE - Sebanyak 20 kepala kampung dari Kabupaten Merauke berangkat ke Vanuatu untuk studi banding "
            "pengelolaan koperasi nelayan, Senin (3/6/2024).",
            "Vanuatu",
        ),
        (
            "Delapan anggota DPRD Provinsi Papua Barat bertolak ke Papua New Guinea untuk studi banding tata kelola "
            "perbatasan, 10-12 Juli 2024.",
            "Papua New Guinea",
        ),
        (
            "MANADO - Dua belas penyuluh perikanan Provinsi Sulawesi Utara melakukan studi banding ke Samoa pada "
            "2-6 September 2024 untuk belajar budidaya rumput laut.",
            "Samoa",
        ),
    ],
)
def test_a_neighbour_in_the_pacific_is_abroad(text: str, host: str) -> None:
    visits = visit_json_of(text)
    assert [(v["destination"]["province"], v["destination"]["host"]) for v in visits] == [(None, host)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the neighbour only says where the host lies: the visit is at the regency named
        (
            "KEEROM - Pemerintah Kabupaten Keerom, yang berbatasan langsung dengan Papua Nugini, menerima kunjungan "
            "studi banding dari Pemerintah Kabupaten Boven Digoel, Kamis (7/3/2024). Rombongan 12 orang itu datang "
            "untuk mempelajari pengelolaan pasar perbatasan.",
            ("Papua", "Kabupaten Keerom"),
        ),
        (
            "MERAUKE - Sebanyak 10 kepala kampung Kabupaten Merauke melakukan studi banding ke Kabupaten Boven Digoel "
            "pada 4-6 Juni 2024 untuk belajar pengelolaan BUMKam. Kampung-kampung itu berada di sepanjang perbatasan "
            "dengan Papua Nugini.",
            ("Papua Selatan", "Kabupaten Boven Digoel"),
        ),
    ],
)
def test_near_miss_a_neighbour_named_beside_a_trip_at_home(text: str, want: tuple[str, str]) -> None:
    visits = visit_json_of(text)
    assert [(v["destination"]["province"], v["destination"]["regency"]) for v in visits] == [want]


# A report names where a trip goes as its goal, the countries listed after the noun of the goal with words between:
# "Negara yang direncanakan menjadi tujuan Komisi V antara lain A dan B", "Negara tujuan yang dipilih adalah A",
# "Negara yang akan disinggahi rombongan yakni A": each country listed is a stop, where the sentence or the one
# before tells the trip; the goal of trade or of tourists names no trip.


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Sebanyak 20 anggota Komisi B DPRD Jawa Timur akan melakukan studi banding ke luar negeri pekan depan. "
            "Negara tujuan yang dipilih adalah Korea Selatan dan Jepang.",
            ["Korea Selatan", "Jepang"],
        ),
        (
            "Sebanyak 30 pejabat Pemprov Papua Barat dijadwalkan studi banding selama sepekan. Negara yang akan "
            "disinggahi rombongan antara lain Singapura dan Malaysia.",
            ["Singapura", "Malaysia"],
        ),
        (
            "Anggota Komisi III DPR akan berangkat studi banding ke luar negeri, dibagi dua rombongan. Negara yang "
            "direncanakan menjadi tujuan komisi itu antara lain Belanda, Jerman dan Prancis.",
            ["Belanda", "Jerman", "Prancis"],
        ),
        (
            "Dua puluh kepala desa Kabupaten Badung dikirim studi tiru pengelolaan desa wisata. Negara yang menjadi "
            "tujuan mereka yakni Jepang.",
            ["Jepang"],
        ),
    ],
)
def test_countries_listed_as_the_trips_goal_are_its_stops(text: str, countries: list[str]) -> None:
    assert [s.written for s in find_stops(text)] == countries


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Dinas Perdagangan Jepara mengatakan negara yang menjadi tujuan ekspor mebel antara lain Jepang dan "
        "Amerika Serikat.",
        "Bupati Badung menyebut negara yang menjadi tujuan utama wisatawan mancanegara ke Bali antara lain Australia "
        "dan Tiongkok.",
    ],
)
def test_near_miss_countries_listed_as_the_goal_of_trade_or_tourists_are_no_stops(text: str) -> None:
    assert find_stops(text) == []


# Trips summed up over a stretch of years as background to the one reported: a tally, not a trip told with
# its group and days; the countries it names are no stops.
@pytest.mark.parametrize(
    "text",
    [
        "Lima anggota Komisi IV DPRD Kalimantan Timur bertolak ke Korea Selatan untuk studi banding pada 3-8 Juli "
        "2023. Lawatan itu bukan yang pertama. Sepanjang tahun ini saja, anggota DPRD Kaltim sudah melakukan tiga "
        "kali perjalanan ke luar negeri, di antaranya ke Turki dan Jerman.",
        "Tujuh anggota Badan Kehormatan DPRD Kota Bekasi melakukan kunjungan kerja ke Korea Selatan pada 10-13 Mei "
        "2023. Selama 2022, dewan Kota Bekasi juga telah menjalani dua gelombang kunjungan luar negeri, yakni ke "
        "Turki dan Jerman.",
        "Rombongan Pemkab Sleman berangkat ke Korea Selatan pada 10-13 Mei 2023 untuk belajar pengelolaan sampah. "
        "Dalam tiga tahun terakhir, pejabat Sleman tercatat berulang kali melawat ke luar negeri, misalnya ke Turki "
        "dan ke Jerman.",
        "Sebanyak 15 kepala desa Kabupaten Gianyar studi banding ke Korea Selatan, 10-13 Mei 2023. Dalam kurun waktu "
        "dua tahun terakhir mereka sudah beberapa kali berangkat, antara lain ke Turki dan Jerman.",
    ],
)
def test_countries_of_trips_tallied_over_years_are_no_stops(text: str) -> None:
    assert [s.written for s in find_stops(text)] == ["Korea Selatan"]
    assert hosts_abroad(visits_of(text)) == {"Korea Selatan"}


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # the trip itself, over its days
        (
            "Sebanyak 12 anggota DPRD Kabupaten Jember studi banding ke luar negeri, 4-8 Juni 2018. Selama lima hari, "
            "rombongan telah mengunjungi Jepang dan Korea Selatan, antara lain kantor wali kota.",
            ["Jepang", "Korea Selatan"],
        ),
        # one earlier trip told with who went and where
        (
            "Sebanyak 12 anggota DPRD Kabupaten Jember studi banding ke Jepang, 4-8 Juni 2018. Pada 2017, DPRD Jember "
            "juga telah studi banding ke Turki.",
            ["Jepang", "Turki"],
        ),
        # the stretch turned back to this trip
        (
            "Selama 2018, DPRD Jember telah dua kali ke luar negeri, namun kali ini rombongan studi banding ke Jepang, "
            "antara lain ke Tokyo.",
            ["Jepang", "Tokyo"],  # (the city a stop of its country: one visit, to Jepang)
        ),
    ],
)
def test_near_miss_a_trip_told_with_its_days_or_its_year_keeps_its_stops(text: str, countries: list[str]) -> None:
    assert [s.written for s in find_stops(text)] == countries


# A trip to a foreign city whose country the report names elsewhere: the city stands for its country
# (data/countries.json "cities"), the visit's host the city as written, or the country where it is a stop too
@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        (
            "JAKARTA - Sebanyak 15 anggota DPRD Kota Bekasi melakukan kunjungan kerja ke sejumlah kota seperti Osaka "
            "dan Busan, 4-8 Juni 2018. Di Jepang mereka mempelajari pengolahan sampah, di Korea soal transportasi.",
            {"Osaka", "Busan"},
        ),
        (
            "Rombongan Komisi C DPRD Provinsi Jawa Timur tiba di Bangkok pada 4 Juni 2018 untuk studi banding "
            "pengelolaan pasar terapung yang dikenal di seluruh Thailand.",
            {"Bangkok"},
        ),
        (
            "Sepuluh camat mengunjungi Hanoi, 4-8 Juni 2018, guna belajar pelayanan publik. Pemerintah Vietnam "
            "menyambut mereka di balai kota.",
            {"Hanoi"},
        ),
        (
            "Tim Bappeda berangkat studi banding ke Berlin, Jerman, 4-8 Juni 2018.",
            {"Jerman"},
        ),
    ],
)
def test_a_foreign_city_gone_to_is_its_country(text: str, hosts: set[str]) -> None:
    assert hosts_abroad(visits_of(text)) == hosts


@pytest.mark.parametrize(
    "text",
    [
        # a city named alone, without its country: a likeness, no stop
        "Sebanyak 20 peserta PKA Kabupaten Sleman studi banding ke Kota Surabaya yang ditata ibarat jalan ke Tokyo.",
        # a city opening a longer name: a body at home, no city
        "Sebanyak 20 mahasiswa Universitas Jember berkunjung ke London School of Public Relations untuk studi banding.",
        # a city as where a product or an idea comes from, or where a body stands
        "Sebanyak 20 petani Kabupaten Malang studi banding ke Kota Batu melihat mesin buatan Osaka, Jepang.",
        "Studi banding 20 pegawai Pemkab Bogor ke Kota Bandung membahas kantor pusat bank Jepang yang berada di Tokyo.",
    ],
)
def test_a_foreign_city_not_gone_to_is_no_stop(text: str) -> None:
    assert find_stops(text) == [] or all(s.written not in {"Tokyo", "Osaka", "London"} for s in find_stops(text))


# a course's stage told only by where it is held abroad, no word of going: the country is the cohort's stop, the
# place at home the course runs at is no trip, and the stage's own days are the visit's
@pytest.mark.parametrize(
    "text, host, days",
    [
        (
            "BANDUNG - BPSDM Jawa Barat menggelar Pelatihan Kepemimpinan Nasional (PKN) Tingkat II Angkatan IV di "
            "Bandung dan Jepang, diikuti 30 pejabat eselon II.",
            "Jepang",
            (None, None),
        ),
        (
            "KENDARI - Sebanyak 24 peserta PKA Angkatan 6 BPSDM Sulawesi Tenggara mengikuti pelatihan tiga tahap. "
            "Tahap kedua dijalani di Korea Selatan (2-6 September 2024) berupa studi inovasi pelayanan publik.",
            "Korea Selatan",
            ("2024-09-02", "2024-09-06"),
        ),
        (
            "PALU - Sebanyak 30 peserta PKA Angkatan 5 BPSDM Sulawesi Tengah menjalani sesi pembelajaran lapangan "
            "selama lima hari di Thailand, 3-7 Juli 2023.",
            "Thailand",
            ("2023-07-03", "2023-07-07"),
        ),
        (
            "KUPANG - Rangkaian Pelatihan Kepemimpinan Administrator Angkatan II diselenggarakan di Kupang dan "
            "Australia. Sesi kedua berlangsung di Australia pada 12-16 Agustus 2023.",
            "Australia",
            ("2023-08-12", "2023-08-16"),
        ),
        (
            "PADANG - Sebanyak 28 peserta PKN II Angkatan 1 BPSDM Sumatera Barat. Kunjungan lapangan luar negeri "
            "dilaksanakan di Malaysia pada Senin, 4 November 2024.",
            "Malaysia",
            ("2024-11-04", "2024-11-04"),
        ),
    ],
)
def test_a_course_stage_held_abroad_is_the_country(text: str, host: str, days: tuple) -> None:
    visits = visit_json_of(text)
    assert [v["destination"] for v in visits] == [{"province": None, "regency": None, "host": host}]
    assert (visits[0]["start_date"], visits[0]["end_date"]) == days


@pytest.mark.parametrize(
    "text",
    [
        # a session online with a body abroad
        "SURABAYA - Peserta PKN II Angkatan 2 BPSDM Jawa Timur menjalani sesi pembelajaran lapangan secara daring "
        "bersama Universitas Tokyo di Jepang, Rabu (4/9/2024).",
        # a country only compared with
        "YOGYAKARTA - Peserta PKA Angkatan 9 BPSDM DIY melaksanakan studi lapangan ke Kabupaten Sleman, 3-5 Juli 2024. "
        "Layanan di Sleman kini disebut setara dengan pelayanan publik di Jepang.",
        # a speaker from abroad who comes to the course
        "BANDUNG - Peserta Diklatpim IV Angkatan 7 Kota Bandung menerima materi dari pembicara asal Singapura yang "
        "datang ke Bandung, Selasa (5/3/2024).",
    ],
)
def test_near_miss_a_course_with_something_foreign_held_at_home_goes_nowhere_abroad(text: str) -> None:
    assert not hosts_abroad(visits_of(text))


# ... or told as the course or programme the group takes part in there ("ikut dalam agenda …", "mengikuti program …")
@pytest.mark.parametrize(
    "text, country",
    [
        (
            "TERNATE - Wali Kota Tidore terpilih ikut dalam agenda Pelatihan Kepemimpinan Daerah di Malaysia yang "
            "dijadwalkan 4-10 Oktober 2024, bersama 20 kepala daerah lain.",
            "Malaysia",
        ),
        (
            "MATARAM - Sebanyak 15 camat Kota Mataram mengikuti program pertukaran tata kelola kota di Jepang pada "
            "2-9 Juni 2024.",
            "Jepang",
        ),
        (
            "JAMBI - Dua puluh lurah Kota Jambi akan mengikuti rangkaian kursus pelayanan publik di Korea Selatan, "
            "10-15 Mei 2024.",
            "Korea Selatan",
        ),
    ],
)
def test_a_course_taken_part_in_abroad_is_a_stop(text: str, country: str) -> None:
    assert [(s.written, s.stage) for s in find_stops(text)] == [(country, True)]


@pytest.mark.parametrize(
    "text",
    [
        # a person's own past schooling
        "Kepala Dinas Perhubungan Kota Surakarta, yang pernah mengikuti pelatihan di Jepang, menerima rombongan DPRD "
        "Kabupaten Klaten, Senin (3/6/2024).",
        # a programme taken online with partners abroad
        "Peserta PKA Angkatan 3 mengikuti program yang dirancang bersama mitra di Australia secara daring.",
    ],
)
def test_near_miss_a_course_not_taken_abroad_is_no_stop(text: str) -> None:
    assert find_stops(text) == []


# a course's stage abroad is held with bodies there: those it is run with (bersama, bekerja sama dengan, …) are its
# units
@pytest.mark.parametrize(
    "text, units",
    [
        (
            "KENDARI - Sebanyak 24 peserta PKA Angkatan 6 BPSDM Sulawesi Tenggara mengikuti pelatihan tiga tahap. "
            "Tahap kedua dijalani di Korea Selatan (2-6 September 2024) bersama Korea Institute of Public "
            "Administration (KIPA).",
            ["Korea Institute of Public Administration (KIPA)"],
        ),
        (
            "MEDAN - BPSDM Sumatera Utara bekerja sama dengan LAN, Razak School of Government (RSOG) dan Universiti "
            "Malaya menggelar PKN Tingkat II Angkatan III. Tahap ketiga pelatihan dilaksanakan di Malaysia pada 10-14 "
            "Juni 2024.",
            ["Razak School of Government (RSOG)", "Universiti Malaya"],
        ),
        (
            "PALU - Sebanyak 30 peserta PKA Angkatan 5 BPSDM Sulawesi Tengah menjalani sesi pembelajaran lapangan "
            "selama lima hari di Thailand, 3-7 Juli 2023, berkolaborasi dengan National Institute of Development "
            "Administration.",
            ["National Institute of Development Administration"],
        ),
        # near miss: a body abroad named only as where a speaker comes from
        (
            "PALU - Sebanyak 30 peserta PKA Angkatan 5 BPSDM Sulawesi Tengah menjalani sesi pembelajaran lapangan "
            "selama lima hari di Thailand, 3-7 Juli 2023. Materi dibawakan dosen tamu asal National Institute of "
            "Development Administration.",
            [],
        ),
        # near miss: a trip abroad by a word of going, a body that helps it is no unit visited
        (
            "Sebanyak 12 anggota DPRD Kabupaten Jember studi banding ke Jepang, 4-8 Juni 2018, difasilitasi bersama "
            "Japan International Cooperation Agency (JICA).",
            [],
        ),
    ],
)
def test_the_bodies_a_stage_abroad_is_run_with_are_its_units(text: str, units: list[str]) -> None:
    visits = visit_json_of(text)
    assert [v["host_agencies"] for v in visits] == [units]


# the days of a course told as held at home are not the stay abroad's
@pytest.mark.parametrize(
    "text, days",
    [
        (
            "JAKARTA - Sebanyak 20 bupati mulai mengikuti Kursus Kepemimpinan Daerah Angkatan III, Senin (3/6/2024). "
            "Kursus berjalan hingga 14 Juni 2024 di Jakarta. Sebagai bagian dari kursus, peserta dijadwalkan mengikuti "
            "studi lapangan ke Jepang.",
            (None, None),
        ),
        (
            "BANDUNG - Pelatihan Kepemimpinan Nasional Tingkat II Angkatan 5 BPSDM Jawa Barat dibuka Gubernur di "
            "Bandung, Senin (3/6/2024). Setelah itu 30 peserta menjalani kursus intensif lima hari di Malaysia.",
            (None, None),
        ),
        # near misses: the days told with a send-off at home, or with the country
        (
            "JEMBER - Bupati Jember melepas 12 kepala desa di Pendopo Kabupaten Jember, Senin (4/6/2018), untuk studi "
            "banding ke Jepang hingga 8 Juni 2018.",
            ("2018-06-04", ...),
        ),
        (
            "SAMARINDA - Pelatihan Kepemimpinan Administrator Angkatan 2 dibuka di Samarinda. Peserta PKA Angkatan 2 "
            "BPSDM Kalimantan Timur melaksanakan studi lapangan ke Malaysia pada 10-14 Juni 2024.",
            ("2024-06-10", "2024-06-14"),
        ),
    ],
)
def test_the_days_of_a_course_held_at_home_are_not_the_trip_abroads(text: str, days: tuple) -> None:
    visits = visit_json_of(text)
    assert len(visits) == 1
    assert visits[0]["start_date"] == days[0]
    if days[1] is not ...:  # (the send-off's last day is another reading's)
        assert visits[0]["end_date"] == days[1]


# docs/schema.md (Activities): "ksdn is the domestic component only": a programme's studi strategis abroad is
# `other`, however the report names it.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "JAKARTA - Peserta PPRA LXVII Lemhannas RI melaksanakan studi strategis ke Jepang, Senin (3/6/2024), "
            "mempelajari mitigasi bencana.",
            "Jepang",
        ),
        (
            "JAKARTA - Sebanyak 25 peserta PPSA XXV Lemhannas RI menjalani studi strategis di Vietnam selama lima "
            "hari mulai Selasa (4/6/2024).",
            "Vietnam",
        ),
    ],
)
def test_a_studi_strategis_abroad_is_no_ksdn(text: str, country: str) -> None:
    found = visits_of(text)
    assert [(v.activity, v.destination.host, v.destination.province) for v in found] == [("other", country, None)]


# "melakukan kunjungan ke X" is "berkunjung ke X" told by a verb of doing and its noun: a sentence telling a trip, so a
# country after its "ke" is the place visited, the host the country as written (docs/schema.md: destination.host)
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Peserta Sespimti Polri Dikreg ke-34 melaksanakan kunjungan ke Jepang, Senin (22/7/2024), guna "
            "mendalami pemolisian masyarakat.",
            "Jepang",
        ),
        (
            "Peserta PKN Tingkat I Angkatan 56 mengadakan kunjungan ke Korea Selatan, Selasa (23/7/2024), untuk "
            "mendalami tata kelola pemerintahan digital.",
            "Korea Selatan",
        ),
        (
            "Peserta Sesparlu Angkatan 73 melakukan kunjungan ke Australia, Rabu (24/7/2024), dalam rangka kajian "
            "kerja sama kawasan.",
            "Australia",
        ),
    ],
)
def test_a_visit_told_by_a_verb_of_doing_and_its_noun_goes_abroad(text: str, country: str) -> None:
    assert [v.destination.host for v in visits_of(text)] == [country]


def test_a_visit_received_from_abroad_goes_nowhere_abroad() -> None:
    assert find_stops("Pemkot Bontang menerima kunjungan delegasi dari Jepang, Kamis (25/7/2024).") == []


def test_countries_told_as_visited_by_the_group_after_them() -> None:
    # "A dan B akan didatangi <group>": the passive of visiting, the countries before it, as a place at home is
    found = visits_of(
        "JAKARTA - Panitia khusus DPR akan melakukan studi banding ke luar negeri pekan depan. Belanda dan Kanada "
        "akan didatangi tim pansus itu untuk mempelajari tata kelola air."
    )
    assert hosts_abroad(found) == {"Belanda", "Kanada"}


def test_a_country_visited_by_tourists_in_a_report_with_no_trip_is_no_destination() -> None:
    # near-miss: a country told as visited, in a sentence and report that tell no group's trip
    assert find_stops("Kanada setiap tahun dikunjungi jutaan wisatawan dari berbagai negara.") == []


@pytest.mark.parametrize("country", ["Venezuela", "Uruguay", "Ghana", "Bosnia dan Herzegovina"])
def test_countries_of_every_region_of_the_world_are_destinations(country: str) -> None:
    found = visits_of(f"Sebanyak 12 anggota DPRD Kabupaten Jember melakukan studi banding ke {country}, 4-8 Juni 2018.")
    assert hosts_abroad(found) == {country}
