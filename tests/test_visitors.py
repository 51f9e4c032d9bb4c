"""Host-side lists and recaps of visitors: one visit per visiting body (issue 11, families 1, 2, 8).

Every article below is made up for these tests (names of people are invented).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from diklat_cli.extract import extract_text
from diklat_cli.models import Visit

D = dt.date


def article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


@cache
def visits(text: str) -> tuple[Visit, ...]:
    return tuple(e.visit for e in extract_text(text))


def by_origin(text: str) -> dict[str | None, Visit]:
    found = visits(text)
    out = {v.origin.regency or v.origin.province or v.origin.institution: v for v in found}
    assert len(out) == len(found), [v.origin for v in found]
    return out


HEADS_IN_A_WEEK = article(
    "Sepekan, Tiga Kepala Daerah Belajar ke Sleman",
    "SLEMAN (Warta Merapi) - Dalam sepekan terakhir tiga kepala daerah berkunjung ke Kabupaten Sleman "
    "untuk belajar pengelolaan sampah.",
    "Mereka adalah Bupati Kabupaten Wajo Provinsi Sulsel Andi Rahman yang diterima Senin (3/6/2024), "
    "kemudian Walikota Ternate Yusuf Hamid yang diterima Rabu (5/6/2024), serta Wakil Bupati Sintang "
    "Mardi Saputra yang membawa 12 pejabat.",
    "Para tamu diterima Bupati Sleman Sri Lestari di pendopo kabupaten.",
)


def test_heads_listed_after_a_count_of_them_are_a_visit_each() -> None:
    found = by_origin(HEADS_IN_A_WEEK)
    assert set(found) == {"Kabupaten Wajo", "Kota Ternate", "Kabupaten Sintang"}
    assert found["Kabupaten Wajo"].origin.province == "Sulawesi Selatan"
    assert found["Kota Ternate"].origin.province == "Maluku Utara"
    assert found["Kabupaten Sintang"].origin.province == "Kalimantan Barat"
    assert found["Kota Ternate"].origin.institution == "Kota Ternate"
    for v in found.values():
        assert v.destination.regency == "Kabupaten Sleman"
        assert v.program is None


def test_each_listed_visitor_keeps_its_own_day_and_count_only() -> None:
    found = by_origin(HEADS_IN_A_WEEK)
    assert found["Kabupaten Wajo"].start_date == D(2024, 6, 3)
    assert found["Kota Ternate"].start_date == D(2024, 6, 5)
    # came on a day of its own that the text does not give: no one else's day
    assert found["Kabupaten Sintang"].start_date is None
    assert found["Kabupaten Sintang"].participants == 12
    assert found["Kabupaten Wajo"].participants is None


def test_each_visiting_head_is_on_their_own_record_the_host_on_all() -> None:
    found = by_origin(HEADS_IN_A_WEEK)
    wajo = {o.name for o in found["Kabupaten Wajo"].officials}
    assert "Andi Rahman" in wajo and "Yusuf Hamid" not in wajo
    assert "Sri Lestari" in wajo


HEADS_GO_ON = article(
    "Empat Kepala Daerah Studi Banding Pelayanan Publik ke Kota Madiun",
    "MADIUN (Kabar Pecel) - Empat kepala daerah melakukan studi banding ke Kota Madiun, Kamis (11/7/2024). "
    "Kepala daerah yang datang antara lain Bupati Bintan Roby Kurniawan dan Walikota Tidore Ali Ibrahim.",
    "Selain itu hadir pula Bupati Buton Utara Ridwan Zakariah serta Walikota Kendari Sulkarnain Kadir.",
    "Rombongan diterima Walikota Madiun Maidi di balai kota.",
)


def test_a_list_of_visitors_goes_on_in_the_next_sentence() -> None:
    found = by_origin(HEADS_GO_ON)
    assert set(found) == {"Kabupaten Bintan", "Kota Tidore Kepulauan", "Kabupaten Buton Utara", "Kota Kendari"}


def test_visitors_received_together_share_the_day_of_the_visit() -> None:
    for v in visits(HEADS_GO_ON):
        assert (v.start_date, v.end_date) == (D(2024, 7, 11), D(2024, 7, 11))
        assert v.destination.regency == "Kota Madiun"


ONE_SENDER_AND_THE_HOST = article(
    "Pemkab Bantul Studi Banding ke Kota Probolinggo",
    "PROBOLINGGO (Warta Timur) - Bupati Bantul Hadi Santoso bersama jajaran melakukan studi banding ke "
    "Kota Probolinggo, Selasa (9/7/2024). Rombongan diterima Walikota Probolinggo Budi Hartono dan "
    "Gubernur Jawa Timur yang diwakili Asisten I.",
)


def test_the_hosts_head_and_governor_are_no_visitors() -> None:
    (v,) = visits(ONE_SENDER_AND_THE_HOST)
    assert v.origin.regency == "Kabupaten Bantul"
    assert v.destination.regency == "Kota Probolinggo"


HEADS_NOT_COUNTED = article(
    "Pemkot Blitar Studi Banding ke Kabupaten Gianyar",
    "GIANYAR (Bali Kini) - Pemerintah Kota Blitar melakukan studi banding ke Kabupaten Gianyar, Rabu (10/7/2024).",
    "Inovasi Gianyar sebelumnya juga dipuji Bupati Badung Made Sena dan Bupati Tabanan Ketut Ardi "
    "dalam rapat kerja di Denpasar.",
)


def test_heads_named_without_a_count_of_visitors_are_no_list() -> None:
    (v,) = visits(HEADS_NOT_COUNTED)
    assert v.origin.regency == "Kota Blitar"


RECAP = article(
    "Inovasi Perizinan Kota Salatiga Jadi Rujukan",
    "SALATIGA (Lintas Jateng) - Sepanjang tahun ini DPMPTSP Kota Salatiga sudah menerima sedikitnya 30 "
    "kunjungan studi banding. Tamunya datang dari berbagai daerah, seperti Kabupaten Pringsewu, Kota Ambon, "
    "Kabupaten Sumba Timur, hingga Kementerian Dalam Negeri.",
    "Sebagian kunjungan dilakukan secara daring, antara lain kunjungan dari Kota Tarakan.",
    '"Kami senang berbagi," kata Kepala DPMPTSP Kota Salatiga, Dewi Anggraini, Senin (8/7/2024).',
)


def test_a_hosts_recap_of_visiting_regions_is_a_visit_each() -> None:
    found = by_origin(RECAP)
    assert set(found) == {
        "Kabupaten Pringsewu",
        "Kota Ambon",
        "Kabupaten Sumba Timur",
        "Kementerian Dalam Negeri",
        "Kota Tarakan",
    }
    assert found["Kementerian Dalam Negeri"].origin.province is None  # a national body
    assert found["Kota Ambon"].origin.province == "Maluku"
    for v in found.values():
        assert v.destination.regency == "Kota Salatiga"
        assert v.activity == "studi banding"


def test_in_a_recap_the_day_something_was_said_is_no_visitors_day() -> None:
    for v in visits(RECAP):
        assert v.start_date is None and v.participants is None


COUNTED_VISITS = article(
    "Layanan Kependudukan Kota Kediri Banyak Ditiru",
    "KEDIRI (Kabar Brantas) - Disdukcapil Kota Kediri mencatat sedikitnya 25 kunjungan studi tiru sepanjang "
    "semester ini, antara lain dari Bappeda Kabupaten Kolaka, Kota Bitung, dan Kabupaten Lombok Timur.",
    '"Kami terbuka berbagi," kata Kepala Disdukcapil Kota Kediri, Rina Wulandari, Jumat (12/7/2024).',
)


def test_visits_counted_then_named_by_where_they_came_from() -> None:
    found = by_origin(COUNTED_VISITS)
    assert set(found) == {"Kabupaten Kolaka", "Kota Bitung", "Kabupaten Lombok Timur"}
    assert found["Kabupaten Kolaka"].origin.institution == "Bappeda Kabupaten Kolaka"
    assert found["Kota Bitung"].origin.province == "Sulawesi Utara"
    for v in found.values():
        assert v.destination.regency == "Kota Kediri"
        assert v.start_date is None  # the day the host spoke


ONE_GROUP_FROM_MANY_REGIONS = article(
    "Kepala Sekolah Belajar ke Kota Batu",
    "BATU (Jatim Kini) - Sebanyak 40 kepala sekolah melakukan studi banding ke Kota Batu, Selasa (16/7/2024). "
    "Para peserta datang dari berbagai daerah, seperti Kabupaten Jember, Kota Pasuruan, hingga Kabupaten Ngawi.",
)


def test_one_groups_members_from_many_regions_are_no_list_of_visitors() -> None:
    assert len(visits(ONE_GROUP_FROM_MANY_REGIONS)) == 1


# ---------------------------------------------------------------- one group's stops named in one sentence

STOPS_NAMED = article(
    "Peserta PKA Angkatan V Kemendes Mulai Visitasi",
    "Jakarta (Humas Kemendes) - Visitasi Pelatihan Kepemimpinan Administrator (PKA) Angkatan V dibuka di Kota "
    "Surabaya. Kepala Pusat Pelatihan Hendra Gunawan menyebut visitasi sebagai kesempatan belajar langsung.",
    '"Peserta harus mencatat praktik baik," kata Hendra di Surabaya, Senin (15/7/2024).',
    "Lokasi visitasi antara lain Pemerintah Kota Surabaya, serta sejumlah instansi di Kabupaten Sidoarjo dan "
    "Kabupaten Gresik. Visitasi berlangsung 15 hingga 18 Juli 2024.",
)


def test_the_places_named_after_lokasi_antara_lain_are_a_stop_each() -> None:
    found = {v.destination.regency: v for v in visits(STOPS_NAMED)}
    assert set(found) == {"Kota Surabaya", "Kabupaten Sidoarjo", "Kabupaten Gresik"}
    for v in found.values():
        assert (v.program, v.cohort) == ("PKA", 5)


def test_the_day_words_were_said_at_one_stop_is_not_that_stops_own_day() -> None:
    for v in visits(STOPS_NAMED):
        assert (v.start_date, v.end_date) == (D(2024, 7, 15), D(2024, 7, 18))


def test_spellings_of_a_visitors_regency_that_reports_use() -> None:
    from diklat_cli.extract import places

    for written, canonical in (("Ampat Lawang", "Kabupaten Empat Lawang"), ("Purwarejo", "Kabupaten Purworejo")):
        assert [r.name for r in places.regions_named(written)] == [canonical]


OFFICIALS_STAND_FOR_THEIR_REGIONS = article(
    "Tiga Daerah Belajar Pengelolaan Sampah ke Sleman",
    "SLEMAN (Warta Merapi) - Tiga pemerintah daerah melakukan studi banding ke Kabupaten Sleman, Senin (3/6/2024). "
    "Rombongan dipimpin masing-masing oleh Sekda Kabupaten Wajo Andi Rahman, Asisten II Setda Kota Ternate "
    "Yusuf Hamid, serta Kepala Bappeda Kabupaten Sintang Mardi Saputra. Mereka diterima Bupati Sleman Sri Lestari.",
)


def test_officials_listed_with_their_regions_stand_for_the_bodies_that_came() -> None:
    found = by_origin(OFFICIALS_STAND_FOR_THEIR_REGIONS)
    assert set(found) == {"Kabupaten Wajo", "Kota Ternate", "Kabupaten Sintang"}
    for v in found.values():
        assert v.start_date == D(2024, 6, 3)  # received together: the day of the visit is theirs
    assert "Yusuf Hamid" not in {o.name for o in found["Kabupaten Wajo"].officials}


# ---------------------------------------------------------------- a series of visits to one host

SERIES = article(
    "Pengelolaan Sampah Sleman Terus Dikunjungi",
    "SLEMAN (Warta Merapi) - Pemkab Sleman kembali menerima kunjungan studi banding. Setelah Pemkab Wajo datang "
    "pada Senin (3/6/2024), giliran Pemkot Ternate berkunjung pada Rabu (12/6/2024). Pekan depannya, Pemkab "
    "Sintang dijadwalkan datang.",
)

TWO_GROUPS_TWO_DAYS = article(
    "Dua Rombongan Studi Banding ke Sleman",
    "SLEMAN (Warta Merapi) - Pemkab Sleman menerima dua rombongan studi banding dalam dua pekan terakhir. "
    "Rombongan pertama dari Pemkab Wajo tiba Senin (3/6/2024). Rombongan kedua dari Pemkot Ternate datang "
    "Rabu (12/6/2024) dengan 25 orang.",
)


def test_senders_told_one_after_another_each_keep_their_own_day() -> None:
    found = by_origin(SERIES)
    assert found["Kabupaten Wajo"].start_date == D(2024, 6, 3)
    assert found["Kota Ternate"].start_date == D(2024, 6, 12)
    assert found["Kabupaten Sintang"].start_date is None  # announced, no day given
    found = by_origin(TWO_GROUPS_TWO_DAYS)
    assert (found["Kabupaten Wajo"].start_date, found["Kabupaten Wajo"].participants) == (D(2024, 6, 3), None)
    assert (found["Kota Ternate"].start_date, found["Kota Ternate"].participants) == (D(2024, 6, 12), 25)


HEADS_AS_SUBJECT = article(
    "Belajar Pengelolaan Sampah di Sleman",
    "SLEMAN (Warta Merapi) - Bupati Wajo Andi Rahman dan Walikota Ternate Yusuf Hamid melakukan studi banding ke "
    "Kabupaten Sleman, Senin (3/6/2024). Rombongan diterima Bupati Sleman Sri Lestari.",
)

HEADS_RECEIVED = article(
    "Sleman Jadi Rujukan",
    "SLEMAN (Warta Merapi) - Bupati Sleman Sri Lestari menerima kunjungan Bupati Wajo Andi Rahman dan Wakil "
    "Walikota Ternate Yusuf Hamid di pendopo, Senin (3/6/2024). Keduanya ingin belajar pengelolaan sampah.",
)


def test_heads_named_together_as_those_who_came_are_a_visit_each() -> None:
    for text in (HEADS_AS_SUBJECT, HEADS_RECEIVED):
        found = by_origin(text)
        assert set(found) == {"Kabupaten Wajo", "Kota Ternate"}
        assert {v.start_date for v in found.values()} == {D(2024, 6, 3)}


REGIONS_COUNTED = article(
    "Mal Pelayanan Publik Kota Madiun Jadi Rujukan",
    "MADIUN (Kabar Pecel) - Mal Pelayanan Publik Kota Madiun terus menjadi rujukan. Sejak Januari hingga Juni 2024 "
    "tercatat 15 daerah melakukan studi banding ke MPP Kota Madiun, di antaranya Kabupaten Bone, Kota Palu, dan "
    "Provinsi Bengkulu.",
    '"Kami terbuka untuk siapa saja," kata Kepala DPMPTSP Kota Madiun, Nur Hadi, Senin (8/7/2024).',
)

PLACES_COUNTED_ARE_STOPS = article(
    "DPRD Bone Studi Banding ke Tiga Kota",
    "WATAMPONE (Kabar Bone) - Komisi II DPRD Kabupaten Bone melakukan studi banding ke tiga kota, yaitu Kota "
    "Madiun, Kota Blitar, dan Kota Kediri, pada 8-12 Juli 2024.",
)


def test_regions_counted_then_named_as_those_that_came_are_a_visit_each() -> None:
    found = by_origin(REGIONS_COUNTED)
    assert set(found) == {"Kabupaten Bone", "Kota Palu", "Bengkulu"}
    assert {v.destination.regency for v in found.values()} == {"Kota Madiun"}


def test_places_counted_after_ke_are_where_one_group_went() -> None:
    found = visits(PLACES_COUNTED_ARE_STOPS)
    assert {v.destination.regency for v in found} == {"Kota Madiun", "Kota Blitar", "Kota Kediri"}
    assert {v.origin.regency for v in found} == {"Kabupaten Bone"}


LIST_IN_THE_NEXT_SENTENCE = article(
    "Tamu Studi Banding Silih Berganti",
    "MADIUN (Kabar Pecel) - Dalam sebulan terakhir, Kota Madiun menerima kunjungan studi banding dari sejumlah "
    "daerah. Di antaranya DPRD Kabupaten Bone pada Senin (1/7/2024), Pemkot Palu pada Rabu (10/7/2024), serta "
    "Pemkab Sintang.",
)

RECEIVED_ON_ONE_DAY = article(
    "Tiga Kabupaten Belajar ke Desa Wisata Pujon",
    "MALANG (Warta Arema) - Pada Kamis (4/7/2024) Desa Wisata Pujon kedatangan tamu dari tiga kabupaten, yakni "
    "Kabupaten Sambas, Kabupaten Kapuas Hulu dan Kabupaten Landak. Mereka ingin belajar mengelola desa wisata.",
)


def test_a_list_of_visitors_may_open_the_next_sentence_each_with_its_own_words() -> None:
    found = by_origin(LIST_IN_THE_NEXT_SENTENCE)
    assert found["Kabupaten Bone"].start_date == D(2024, 7, 1)
    assert found["Kabupaten Bone"].origin.institution == "DPRD Kabupaten Bone"
    assert found["Kota Palu"].start_date == D(2024, 7, 10)
    assert found["Kabupaten Sintang"].start_date is None


def test_visitors_listed_as_received_on_one_day_share_it() -> None:
    found = by_origin(RECEIVED_ON_ONE_DAY)
    assert set(found) == {"Kabupaten Sambas", "Kabupaten Kapuas Hulu", "Kabupaten Landak"}
    assert {v.start_date for v in found.values()} == {D(2024, 7, 4)}


BACKGROUND_LIST = article(
    "Pemkab Sintang Studi Banding ke Desa Ponggok",
    "KLATEN (Warta Klaten) - Rombongan Pemkab Sintang melakukan studi banding ke Desa Ponggok, Kabupaten Klaten, "
    "Senin (3/6/2024). Desa Ponggok sebelumnya juga sudah didatangi tamu dari berbagai daerah, seperti "
    "Kabupaten Wajo, Kota Ternate, dan Kabupaten Bone.",
)


def test_a_list_of_earlier_visitors_beside_the_articles_own_sender_is_background() -> None:
    (v,) = visits(BACKGROUND_LIST)
    assert v.origin.regency == "Kabupaten Sintang"
    assert v.start_date == D(2024, 6, 3)


SAME_DAY_NEXT_SENTENCE = article(
    "Belajar Pengelolaan Sampah di Sleman",
    "SLEMAN (Warta Merapi) - Kabupaten Sleman menerima kunjungan Bupati Wajo Andi Rahman beserta jajaran, Senin "
    "(3/6/2024). Pada hari yang sama, Walikota Ternate Yusuf Hamid juga datang untuk belajar pengelolaan sampah.",
)


def test_a_second_head_who_came_the_same_day_is_a_second_visit() -> None:
    found = by_origin(SAME_DAY_NEXT_SENTENCE)
    assert set(found) == {"Kabupaten Wajo", "Kota Ternate"}
    assert {v.start_date for v in found.values()} == {D(2024, 6, 3)}


PROGRAMME_REACHED = article(
    "Desa Ponggok Jadi Contoh",
    "KLATEN (Warta Klaten) - Dalam kunjungan itu, Kepala Desa Ponggok menjelaskan programnya telah menjangkau "
    "berbagai daerah, seperti Kabupaten Wajo, Kota Ternate, dan Kabupaten Bone. Rombongan studi banding diterima "
    "di balai desa, Senin (3/6/2024).",
)


def test_places_a_hosts_programme_reached_are_no_visitors() -> None:
    (v,) = visits(PROGRAMME_REACHED)
    assert v.origin.regency is None


FROM_OUTSIDE = article(
    "Pasar Kubu Raya Jadi Rujukan",
    "KUBU RAYA (Warta Khatulistiwa) - Pengelolaan Pasar Rakyat Kubu Raya menarik minat tamu dari luar daerah, "
    "seperti dari Kabupaten Batang, Kota Singkawang, dan Kabupaten Sambas, yang berkunjung untuk studi banding "
    "sepanjang 2024. Kepala Dinas Perdagangan Kubu Raya, Hasan Basri, menyambut mereka Senin (8/7/2024).",
)


def test_guests_from_outside_the_region_such_as_are_a_visit_each() -> None:
    found = by_origin(FROM_OUTSIDE)
    assert set(found) == {"Kabupaten Batang", "Kota Singkawang", "Kabupaten Sambas"}
    assert {v.start_date for v in found.values()} == {None}  # a year's recap: no one's day


SPEAKER_BESIDE_THE_SENDER = article(
    "DPRD Wajo Studi Banding ke Sleman",
    "SLEMAN (Warta Merapi) - Ketua DPRD Kabupaten Wajo Andi Rahman dan Kepala Dinas Pariwisata Provinsi Bali "
    "Made Sena memaparkan hasil kunjungan kerja di Kabupaten Sleman, Senin (3/6/2024). Rombongan DPRD Wajo "
    "melakukan studi banding pengelolaan sampah.",
)


def test_an_official_of_another_region_beside_the_sender_is_no_second_visitor() -> None:
    (v,) = visits(SPEAKER_BESIDE_THE_SENDER)
    assert v.origin.regency == "Kabupaten Wajo"


YEAR_FROM_THE_POSTING_LINE = (
    "Maros, 12/07 – 2024 – Dalam sepekan, dua bupati datang ke Kabupaten Maros untuk belajar pengelolaan "
    "irigasi. Mereka adalah Bupati Kabupaten Sinjai Andi Malik yang diterima Senin (8/7), serta Bupati "
    "Kabupaten Polewali Mandar Hasan Basri yang diterima Rabu (10/7)."
)


def test_a_dateline_with_day_month_and_the_year_set_off_dates_the_post() -> None:
    from diklat_cli.extract import byline

    found = byline.find_byline(YEAR_FROM_THE_POSTING_LINE)
    assert found.dateline.value == "Maros"
    assert found.published[0] == D(2024, 7, 12)


def test_each_visitors_own_day_takes_its_year_from_the_posting_line() -> None:
    found = by_origin(YEAR_FROM_THE_POSTING_LINE)
    assert found["Kabupaten Sinjai"].start_date == D(2024, 7, 8)
    assert found["Kabupaten Polewali Mandar"].start_date == D(2024, 7, 10)


WORKING_CALL = article(
    "Bupati Sleman Terima Kunjungan Kerja Kementerian PUPR",
    "SLEMAN (Warta Merapi) - Bupati Sleman Sri Lestari menerima kunjungan kerja dari Direktur Jenderal Cipta Karya "
    "Kementerian PUPR di ruang kerjanya, Senin (3/6/2024). Kunjungan tersebut membahas percepatan pembangunan "
    "sanitasi.",
)

HEADS_AT_A_MEETING = article(
    "Rapat Koordinasi Sanitasi di Sleman",
    "SLEMAN (Warta Merapi) - Tiga bupati hadir dalam rapat koordinasi sanitasi di Kabupaten Sleman, Senin "
    "(3/6/2024). Rapat itu membahas rencana benchmarking ke Kota Surabaya tahun depan.",
)


def test_a_working_call_received_or_heads_at_a_meeting_are_no_study_visit() -> None:
    assert visits(WORKING_CALL) == ()
    assert visits(HEADS_AT_A_MEETING) == ()


VISITS_NAMED_BY_ORIGIN = article(
    "Inspektorat Kota Blitar Kebanjiran Tamu",
    "BLITAR (Kabar Bung Karno) - Sepanjang 2023, Inspektorat Kota Blitar menerima sedikitnya 30 kunjungan studi "
    "banding dari pemerintah daerah dan lembaga lain. Kunjungan itu antara lain dari Kabupaten Sumbawa, Kota "
    "Tidore Kepulauan, dan Kabupaten Ketapang.",
    '"Kami senang berbagi pengalaman," kata Inspektur Kota Blitar, Sri Wahyuni, Jumat (5/1/2024).',
)


def test_a_years_visits_named_by_where_they_came_from_take_no_later_day() -> None:
    found = by_origin(VISITS_NAMED_BY_ORIGIN)
    assert set(found) == {"Kabupaten Sumbawa", "Kota Tidore Kepulauan", "Kabupaten Ketapang"}
    assert {v.start_date for v in found.values()} == {None}


TOGETHER_FOR_TWO_DAYS = article(
    "Dua Kepala Daerah Studi Banding ke Kota Madiun",
    "MADIUN (Kabar Pecel) - Dua kepala daerah melakukan studi banding ke Kota Madiun selama dua hari, "
    "Senin-Selasa (8-9/7/2024). Mereka adalah Bupati Bintan Roby Kurniawan dan Walikota Tidore Ali Ibrahim.",
)


def test_a_visits_own_length_is_no_period_of_a_recap() -> None:
    for v in visits(TOGETHER_FOR_TWO_DAYS):
        assert (v.start_date, v.end_date) == (D(2024, 7, 8), D(2024, 7, 9))
    assert len(visits(TOGETHER_FOR_TWO_DAYS)) == 2


PURPOSE_NOT_PLACES = article(
    "DPRD Bone Studi Banding ke Surabaya",
    "SURABAYA (Warta Suroboyo) - Komisi II DPRD Kabupaten Bone melakukan studi banding ke Kota Surabaya, Senin "
    "(8/7/2024). Tujuan kunjungan yakni mempelajari pasar rakyat, seperti yang dikelola Pemkot Surabaya dan "
    "Pemkab Banyuwangi.",
)


def test_the_purpose_after_tujuan_yakni_names_no_stops() -> None:
    assert [v.destination.regency for v in visits(PURPOSE_NOT_PLACES)] == ["Kota Surabaya"]


NATIONAL_ACRONYMS_IN_A_RECAP = article(
    "Inspektorat Boyolali Jadi Rujukan",
    "BOYOLALI (Warta Merapi) - Sejak Januari, Inspektorat Boyolali sudah menerima sedikitnya 20 kunjungan studi "
    "banding. Tamunya datang dari berbagai daerah, seperti Kabupaten Gorontalo, KPK, BPK RI, dan Kabupaten Mimika.",
)


def test_national_bodies_by_their_acronyms_stand_in_a_recap_list() -> None:
    found = by_origin(NATIONAL_ACRONYMS_IN_A_RECAP)
    assert set(found) == {"Kabupaten Gorontalo", "KPK", "BPK RI", "Kabupaten Mimika"}
    assert found["KPK"].origin.province is None


HOMONYMS_BY_TITLE = article(
    "Dua Kepala Daerah Belajar ke Sleman",
    "SLEMAN (Warta Merapi) - Dua kepala daerah berkunjung ke Kabupaten Sleman, Senin (3/6/2024). Mereka adalah "
    "Bupati Banjar Kalimantan Selatan Saidi Mansyur dan Walikota Banjar Jawa Barat Ade Uu.",
)


def test_a_visiting_heads_title_and_province_tell_homonym_regions_apart() -> None:
    found = by_origin(HOMONYMS_BY_TITLE)
    assert found["Kabupaten Banjar"].origin.province == "Kalimantan Selatan"
    assert found["Kota Banjar"].origin.province == "Jawa Barat"


def test_councils_received_together_to_exchange_what_they_know_are_a_visit_each() -> None:
    # "kedatangan tamu dari tiga parlemen, yaitu DPRD A, DPRD B dan DPRD C", guests and hosts
    # "saling bertukar informasi": learning from each other is a study visit's purpose
    found = by_origin(
        article(
            "Sehari, DPRD Kota Kendari Terima Tiga Rombongan Dewan",
            "KENDARI (Kabar Anoa) - DPRD Kota Kendari kedatangan tamu dari tiga parlemen sekaligus, yaitu "
            "DPRD Kabupaten Muna, DPRD Kabupaten Buton dan DPRD Kabupaten Kolaka, Kamis (5/9/2024).",
            "Di ruang rapat paripurna, para tamu dan tuan rumah saling bertukar informasi soal pengelolaan "
            "pendapatan daerah.",
        )
    )
    assert set(found) == {"Kabupaten Muna", "Kabupaten Buton", "Kabupaten Kolaka"}
    assert {v.destination.regency for v in found.values()} == {"Kota Kendari"}


def test_a_meeting_to_exchange_information_at_home_is_no_visit() -> None:
    # the same words of exchange, with nobody travelling to a host, report no trip
    assert not visits(
        article(
            "Rapat Koordinasi Pendapatan Daerah",
            "KENDARI (Kabar Anoa) - Pemerintah Kota Kendari menggelar rapat koordinasi bersama seluruh camat, "
            "Kamis (5/9/2024). Dalam rapat itu para camat saling bertukar informasi soal pajak daerah.",
        )
    )


def test_visitors_taking_turns_on_one_day_share_its_date() -> None:
    # "bergantian" alone tells of visitors who came one after another (no shared day); said to
    # have come on one day, their turns were at one meeting, on the day the text gives
    def councils(when: str) -> str:
        return article(
            f"KENDARI (Kabar Anoa) - DPRD Kota Kendari {when}kedatangan tamu dari tiga parlemen, yaitu DPRD "
            "Kabupaten Muna, DPRD Kabupaten Buton dan DPRD Kabupaten Kolaka.",
            "Rombongan itu diterima Wakil Ketua DPRD Kota Kendari pada Kamis (5/9/2024). Para tamu bergantian "
            "saling bertukar informasi soal pengelolaan pendapatan daerah.",
        )

    together = by_origin(councils("dalam satu hari "))
    assert set(together) == {"Kabupaten Muna", "Kabupaten Buton", "Kabupaten Kolaka"}
    assert {v.start_date for v in together.values()} == {D(2024, 9, 5)}
    apart = by_origin(councils(""))
    assert {v.start_date for v in apart.values()} == {None}


# r54: a host's recap of a period that goes on to the groups that came last, told in one sentence as come on one
# day ("sekaligus", "dalam satu hari"): those came together, and share the day the visit is told on
LAST_OF_A_PERIOD = article(
    "Desa Wisata Kemiren Ramai Tamu",
    "BANYUWANGI (Warta Osing) - Sepanjang 2024 Desa Kemiren sudah didatangi 14 kabupaten yang ingin belajar "
    "tentang desa wisata lewat studi banding.",
    "Tamu terakhir datang dari dua kabupaten sekaligus, yakni Kabupaten Ngawi dan Kabupaten Magetan. Mereka "
    "disambut di balai desa pada Kamis, 14/11/2024.",
    "Kepala Desa Kemiren, Sutomo, mengajak para tamu berkeliling kampung adat.",
)


def test_the_last_groups_of_a_period_told_as_come_on_one_day_share_its_day() -> None:
    found = by_origin(LAST_OF_A_PERIOD)
    assert set(found) == {"Kabupaten Ngawi", "Kabupaten Magetan"}
    for v in found.values():
        assert (v.start_date, v.end_date) == (D(2024, 11, 14), D(2024, 11, 14))
