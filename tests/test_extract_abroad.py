"""Trips abroad (SCHEMA: a foreign destination has province and regency null, the host is the country
as written). Sentences written for this test, in several wordings."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.extract.abroad import find_stops
from diklat_cli.models import visit_json

# a known gap: a visit is built around an Indonesian region (host, dateline or sender); a trip abroad
# told with none of them gives no visit yet
_NO_REGION = "no Indonesian region named at all: the visit frame has no place to start from"


def _visits(text: str) -> list[dict]:
    return [visit_json(e.visit) for e in extract_text(text)]


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
    visits = _visits(text)
    assert len(visits) == 1
    assert visits[0]["destination"] == {"province": None, "regency": None, "host": "Jepang"}
    assert (visits[0]["start_date"], visits[0]["end_date"]) == ("2018-06-04", "2018-06-08")


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
    visits = sorted(_visits(text), key=lambda v: v["destination"]["host"])
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
    visits = _visits(text)
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
    assert [(v["destination"]["province"], v["destination"]["regency"]) for v in _visits(text)] == [
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
    assert [(v["destination"]["province"], v["destination"]["host"]) for v in _visits(text)] == [(None, host)]


def test_country_named_as_where_the_hosts_guests_came_from_is_no_destination() -> None:
    text = (
        "SLEMAN - Sebanyak 30 peserta PKA Kabupaten Garut melakukan studi lapangan ke Kabupaten Sleman, Kamis "
        "(9/11/2023). Sleman juga pernah menerima kunjungan studi banding dari Malaysia."
    )
    assert [v["destination"]["regency"] for v in _visits(text)] == ["Kabupaten Sleman"]


# ---- ext-fresh3: several groups abroad, each its own country (sentences written for these tests)


def _hosts(text: str) -> list[str]:
    return [v["destination"]["host"] for v in _visits(text)]


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
    assert all(v["destination"]["province"] is not None for v in _visits(text))
    assert _visits(text)


def test_a_second_group_told_after_the_first_goes_to_its_own_countries() -> None:
    text = (
        "Peserta PPRA 63 Lemhannas RI menjalani studi strategis luar negeri (SSLN) ke Jerman, Senin (6/5). Di samping "
        "ke Jerman, rombongan peserta PPRA 63 yang lain mendatangi Mesir dan Turki."
    )
    visits = _visits(text)
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
    got = [(v["destination"]["host"], v["start_date"], v["end_date"]) for v in _visits(text)]
    assert got == [("Jepang", "2019-05-03", "2019-05-05"), ("Korea Selatan", "2019-05-07", "2019-05-09")]


def test_one_set_of_days_after_a_list_of_countries_is_every_groups() -> None:
    text = (
        "JAKARTA - Sebanyak 18 anggota Komisi III DPR melakukan studi banding ke tiga negara, yaitu Belanda, "
        "Prancis dan Jerman. Rombongan dibagi tiga dan berada di sana pada 10-15 Juni 2018."
    )
    got = [(v["destination"]["host"], v["start_date"], v["end_date"], v["participants"]) for v in _visits(text)]
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
    assert [v["activity"] for v in _visits(text)] == [activity]
