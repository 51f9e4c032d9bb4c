"""Clause visits (extract/clause_visits.py): a further leg or group told in a clause of its own, to a
regency no record goes to, is a visit of its own; stops inside one regency, a past trip, the senders'
home, the host's own trip and a trip called off are not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from diklat_cli.extract.visits import extract_visits


def _places(text: str) -> list[str | None]:
    return sorted(v.visit.destination.regency or v.visit.destination.province or "" for v in extract_visits(text))


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). Komisi A"
            " mempelajari pelayanan publik di Dinas Kependudukan Kota Malang, sedangkan Komisi B berkunjung ke"
            " Kabupaten Pasuruan untuk belajar pengelolaan pasar.",
            "Kabupaten Pasuruan",
        ),
        (
            "Pansus DPRD Kota Kendari melakukan studi banding ke Kota Semarang pada Selasa (4/6/2024). Adapun Komisi"
            " III ke Kota Surabaya untuk mempelajari penataan pedagang kaki lima.",
            "Kota Surabaya",
        ),
        (
            "Rombongan Pemkab Sumbawa melaksanakan studi tiru ke Kabupaten Banyuwangi, Rabu (5/6/2024). Dalam"
            " kunjungan itu rombongan mengunjungi Mal Pelayanan Publik; tim juga menyambangi Kabupaten Jember untuk"
            " melihat layanan kesehatan desa.",
            "Kabupaten Jember",
        ),
        (
            "Anggota DPRD Kabupaten Bantul melakukan kunjungan kerja ke Kota Manado, Kamis (6/6/2024). Ia menambahkan,"
            " kunker ke Kota Manado dan Kabupaten Minahasa dipilih karena keberhasilan pengelolaan sampahnya.",
            "Kabupaten Minahasa",
        ),
        (
            "Anggota DPRD Kota Kendari melakukan kunjungan kerja ke Kota Semarang, Selasa (4/6/2024). Sementara itu"
            " Komisi I melanjutkan perjalanan ke Kabupaten Demak untuk belajar tata kelola pasar.",
            "Kabupaten Demak",
        ),
    ],
)
def test_a_leg_or_group_in_a_clause_of_its_own_is_a_visit(text: str, second: str) -> None:
    assert second in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        # stops inside one regency
        "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). Rombongan"
        " mengunjungi Dinas Kependudukan Kota Malang, lalu ke Kantor Kecamatan Klojen.",
        # past trips, told as a habit (no one trip with its group and place)
        "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). Pada"
        " tahun-tahun sebelumnya rombongan dewan sering diajak studi banding ke Kabupaten Pasuruan.",
        # the senders' home, named as where the lesson is applied
        "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). Kunjungan ini"
        " bertujuan agar pengalaman itu diterapkan di Kabupaten Sleman.",
        # the host's own absence on a trip of its own
        "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). Rombongan"
        " diterima Sekda karena Wali Kota sedang berada di Kota Surabaya untuk rapat.",
        # a trip called off
        "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). Dewan"
        " membatalkan kunker ke Kabupaten Pasuruan karena cuaca buruk.",
        # a village named after a regency
        "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). Komisi B"
        " juga ke Desa Tegal Sari untuk belajar pengelolaan air bersih.",
        # a word of going after a verb that sends no group ("berbagi ke"), and lodging ("menginap di … di")
        "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). Program itu"
        " banyak ditiru, dan tim kami siap berbagi ke Kabupaten Pasuruan.",
        "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). Rombongan studi"
        " banding itu menginap di sebuah hotel di Kota Batu.",
        # arriving at the airport city, picked up there
        "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). Rombongan"
        " dijemput di Kabupaten Sidoarjo lalu dibawa ke hotel.",
        # a province written as the address of the place just named, even a wrong one
        "Anggota DPRD Kabupaten Sleman melakukan studi banding ke Malang, Provinsi Bali, Senin (3/6/2024).",
        # a third party's office
        "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). Studi banding"
        " difasilitasi lembaga yang berkantor di Kota Surabaya.",
    ],
)
def test_near_misses_add_no_visit(text: str) -> None:
    assert _places(text) == ["Kota Malang"]


def test_legs_listed_after_yakni_are_visits_each() -> None:
    text = (
        "Peserta Diklat PIM II Provinsi Jawa Tengah melakukan studi lapangan ke Kota Balikpapan, Senin (3/6/2024)."
        " Selain itu, peserta dibagi menjadi dua kelompok yang menuju dua kabupaten, yakni Kabupaten Paser dan"
        " Kabupaten Berau."
    )
    assert {"Kabupaten Paser", "Kabupaten Berau"} <= set(_places(text))


def test_a_name_both_a_kota_and_a_kabupaten_gives_the_province() -> None:
    text = (
        "Anggota DPRD Kota Makassar melakukan kunjungan kerja ke Kabupaten Badung, Senin (3/6/2024). Pekan"
        " berikutnya Komisi A dijadwalkan ke Jakarta-Bandung untuk belajar pelayanan terpadu."
    )
    assert "Jawa Barat" in _places(text)


def test_a_place_named_only_in_the_headline_is_no_leg() -> None:
    text = (
        "Kades se-Kabupaten Banjar Studi Tiru ke Jogja\n"
        "Ratusan kepala desa se-Kabupaten Banjar melakukan studi tiru ke Kabupaten Klaten, Senin (3/6/2024)."
    )
    assert _places(text) == ["Kabupaten Klaten"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a regency a letter away from the destination, in another province, told once: the destination misspelt
        (
            "DPRD Kota Kendari melaksanakan kunjungan kerja ke Kabupaten Sinjai, Rabu (5/6/2024). Menurut ketua"
            " rombongan, kunjungan kerja di Kota Binjai itu untuk mempelajari pengelolaan sampah desa.",
            ["Kabupaten Sinjai"],
        ),
        (
            "Rombongan Pemkot Bekasi melakukan studi banding ke Kabupaten Subang, Senin (3/6/2024). Dalam studi"
            " banding di Kota Sabang tersebut, peserta belajar mengelola irigasi desa.",
            ["Kabupaten Subang"],
        ),
        # ... but a sub-group of its own sent there makes it a leg
        (
            "Anggota DPRD Kota Kendari melakukan kunjungan kerja ke Kabupaten Badung, Selasa (4/6/2024). Komisi I"
            " belajar tata kelola pajak hotel, sedangkan Komisi II ke Kota Bandung untuk mempelajari perizinan.",
            ["Kabupaten Badung", "Kota Bandung"],
        ),
    ],
)
def test_a_regency_a_letter_from_the_destination_is_a_slip_not_a_leg(text: str, places: list[str]) -> None:
    assert _places(text) == places


@pytest.mark.parametrize(
    "text",
    [
        # a body of another level of government as the clause's subject: its own trip, not the senders' leg
        "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). Sementara itu"
        " Komisi II DPR RI berkunjung ke Kabupaten Pasuruan untuk meninjau pasar.",
        "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). Adapun Gubernur"
        " Jawa Timur beserta rombongan menuju Kabupaten Pasuruan untuk meresmikan jembatan.",
    ],
)
def test_another_bodys_trip_in_a_clause_is_no_leg(text: str) -> None:
    assert _places(text) == ["Kota Malang"]


_MALANG = "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kota Malang, Senin (3/6/2024). "


@pytest.mark.parametrize(
    "text",
    [
        # a trip only proposed, wished, debated or weighed
        _MALANG + "Sejumlah anggota sempat mengusulkan studi banding ke Kabupaten Gianyar.",
        _MALANG + "Panitia sempat menyarankan rombongan ke Kabupaten Sragen, namun dewan memilih Malang.",
        _MALANG + "Anggota lainnya menginginkan kunker ke Kota Denpasar, tetapi usul itu kalah suara.",
        _MALANG + "Wacana kunjungan kerja ke Kota Makassar sempat muncul dalam rapat komisi.",
        _MALANG + "Sebelum memutuskan, komisi sempat menimbang studi banding ke Kabupaten Banyuwangi.",
        # ... or the choice passed over for the one made
        _MALANG + "Dewan memilih belajar di Kota Malang ketimbang studi banding ke Kabupaten Bantul.",
        # ... or supposed
        _MALANG + "Jika studi banding ke Kabupaten Badung, biayanya jauh lebih besar, kata ketua rombongan.",
        _MALANG + "Seandainya rombongan ke Kota Makassar, perjalanan lebih singkat.",
        # a place the group only lodges at
        _MALANG + "Selama kunjungan kerja, rombongan menginap di Kabupaten Karanganyar.",
    ],
)
def test_a_trip_proposed_supposed_or_passed_over_or_a_lodging_is_no_leg(text: str) -> None:
    assert _places(text) == ["Kota Malang"]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # a proposal carried out
        (
            _MALANG + "Atas usul anggota, rombongan juga studi banding ke Kabupaten Pasuruan keesokan harinya.",
            "Kabupaten Pasuruan",
        ),
        (_MALANG + "Sesuai saran Kepala Dinas, rombongan kemudian berkunjung ke Kabupaten Gresik.", "Kabupaten Gresik"),
        # "jika" setting two sub-groups side by side
        (_MALANG + "Jika Komisi A ke Kota Malang, Komisi B studi banding ke Kabupaten Pasuruan.", "Kabupaten Pasuruan"),
    ],
)
def test_a_proposal_carried_out_or_groups_set_side_by_side_stay_legs(text: str, second: str) -> None:
    assert second in _places(text)


@pytest.mark.parametrize(
    "told",
    [
        "Kunjungan ke Kabupaten Sidoarjo yang dijadwalkan Kamis ditunda. Menurut jadwal awal, rombongan melanjutkan"
        " studi banding ke Kabupaten Sidoarjo untuk melihat bank sampah.",
        "Dewan membatalkan kunker ke Kabupaten Banyuwangi karena cuaca. Padahal rombongan dijadwalkan melanjutkan"
        " kunjungan ke Kabupaten Banyuwangi pada Kamis.",
    ],
)
def test_a_place_whose_trip_is_called_off_is_no_leg_however_else_it_is_told(told: str) -> None:
    # the calling off in one sentence, the leg as scheduled in the next: no leg (nor a stop on the way)
    assert _places(_MALANG + told) == ["Kota Malang"]


def test_a_leg_beside_a_trip_called_off_stays() -> None:
    told = (
        "Kunjungan ke Kota Batu batal karena longsor, sehingga rombongan melanjutkan studi banding ke"
        " Kabupaten Pasuruan."
    )
    assert _places(_MALANG + told) == ["Kabupaten Pasuruan", "Kota Malang"]


@pytest.mark.parametrize(
    ("told", "second"),
    [
        # a unit gone to with its seat told after it
        (
            "Sesudah itu, Komisi B berkunjung ke Balai Besar Penelitian Tanaman yang berkantor di Kota Bogor.",
            "Kota Bogor",
        ),
        (
            "Setelah itu mereka meneruskan agenda ke Pusat Pelatihan Koperasi yang terletak di kawasan Batu,"
            " Kabupaten Jombang.",
            "Kabupaten Jombang",
        ),
    ],
)
def test_a_next_leg_told_by_a_unit_and_its_seat_is_a_visit(told: str, second: str) -> None:
    assert second in _places(_MALANG + told)


@pytest.mark.parametrize(
    "told",
    [
        # "lalu" after a day gone by is "ago": another trip
        "Rabu (5/6) lalu rombongan kunker ke Kabupaten Jombang.",
        # a third party's office, named with no word of going before its name
        "Studi banding itu atas undangan Lembaga Pelatihan Mandiri yang berkantor di Kabupaten Jombang.",
        # "mereka" going somewhere at another time, not going on to the next leg
        "Pada akhir Januari, mereka berkonsultasi ke Kabupaten Jombang.",
    ],
)
def test_a_trip_ago_an_office_or_their_other_errand_is_no_leg(told: str) -> None:
    assert _places(_MALANG + told) == ["Kota Malang"]


@pytest.mark.parametrize(
    ("words", "ago"),
    [
        # "lalu" is "ago" after a stretch of time or a day gone by
        ("dua bulan lalu rombongan ke", True),
        ("beberapa waktu lalu", True),
        ("pada Rabu (5/6) lalu", True),
        ("Agustus 2023 lalu", True),
        # ... and "then" elsewhere, the next leg's word: "yaitu Kabupaten A pada hari pertama lalu B keesokan harinya"
        ("yaitu Kabupaten Ende pada hari pertama lalu", False),
        ("rombongan lalu bergeser ke", False),
    ],
)
def test_lalu_is_ago_only_after_a_time(words: str, ago: bool) -> None:
    from diklat_cli.extract.clause_visits import _ANOTHER_TIME

    assert (_ANOTHER_TIME.search(words) is not None) is ago


def test_places_done_before_the_group_goes_on_are_legs() -> None:
    # "sesudah A dan B, kami akan melanjutkan ke C": A and B are stops done before C
    told = "Ketua rombongan mengatakan, sesudah Kabupaten Pasuruan dan Kabupaten Jombang, kami akan melanjutkan ke"
    assert _places(_MALANG + told + " Kabupaten Kediri.") == [
        "Kabupaten Jombang",
        "Kabupaten Kediri",
        "Kabupaten Pasuruan",
        "Kota Malang",
    ]


def test_a_place_after_setelah_with_no_group_going_on_is_no_leg() -> None:
    told = "Setelah Kabupaten Jombang meraih penghargaan, banyak daerah datang ke sana."
    assert _places(_MALANG + told) == ["Kota Malang"]


@pytest.mark.parametrize(
    "told",
    [
        # the trip's topic between its name and the place
        "Adapun Komisi B studi banding soal pengelolaan pasar tradisional per kecamatan di Kabupaten Jombang.",
        # the group "tengah"/"sedang" on the trip itself: this trip, not somebody's doing elsewhere
        "Menurut Sekwan, sembilan anggota Komisi C tengah studi banding di Kabupaten Jombang.",
        "Menurut Sekwan, sembilan anggota Komisi C sedang melakukan kunjungan kerja ke Kabupaten Jombang.",
    ],
)
def test_a_groups_trip_told_with_its_topic_or_as_under_way_is_a_leg(told: str) -> None:
    assert _places(_MALANG + told) == ["Kabupaten Jombang", "Kota Malang"]


def test_a_name_of_a_kota_and_a_kabupaten_is_a_leg_in_their_province_beside_another_town_of_it() -> None:
    # "ke Kediri" (Kota or Kabupaten Kediri, the report does not say) beside a trip to Kota Malang, in the same province
    told = "Pansus LKPJ menjalani studi banding ke Kediri pada Rabu (5/6/2024)."
    assert _places(_MALANG + told) == ["Jawa Timur", "Kota Malang"]
