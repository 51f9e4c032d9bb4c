"""Two visits in one article, and the fields of single visits: invented articles, one family each
(issue 11, families 1, 2, 5 and 6). Every sentence here is made up for these tests."""

from __future__ import annotations

import datetime as dt

from diklat_cli.extract import extract_text
from diklat_cli.models import Visit

D = dt.date


def visits(*paragraphs: str) -> list[Visit]:
    return [e.visit for e in extract_text("\n\n".join(paragraphs))]


def by_origin(found: list[Visit]) -> dict[str | None, Visit]:
    return {v.origin.regency or v.origin.institution: v for v in found}


# ---------------------------------------------------------------- a programme with a list of senders


def test_a_programme_written_with_two_senders_is_one_group_per_sender() -> None:
    found = visits(
        "Peserta PKA Belajar Pelayanan Terpadu di Kota Malang",
        "MALANG - Rombongan benchmarking PKA Angkatan III Kabupaten Sumedang dan Kota Cirebon diterima "
        "Sekretaris Daerah Kota Malang di Balai Kota, Rabu (6/9/2023). Mereka ingin belajar tata kelola "
        "pelayanan perizinan.",
    )
    groups = by_origin(found)
    assert set(groups) == {"Kabupaten Sumedang", "Kota Cirebon"}
    # the cohort is written with the first sender; the second's is not given
    assert (groups["Kabupaten Sumedang"].cohort, groups["Kota Cirebon"].cohort) == (3, None)
    for v in found:
        assert (v.program, v.destination.regency, v.start_date) == ("PKA", "Kota Malang", D(2023, 9, 6))


def test_a_sender_with_its_own_province_is_one_sender() -> None:
    # "Kabupaten A, Jawa Barat": the province only locates the regency
    found = visits(
        "MALANG - Rombongan benchmarking PKA Angkatan III Kabupaten Sumedang, Jawa Barat diterima "
        "Sekretaris Daerah Kota Malang di Balai Kota, Rabu (6/9/2023).",
    )
    assert [v.origin.regency for v in found] == ["Kabupaten Sumedang"]


# ---------------------------------------------------------------- an itinerary of units in two regencies


def test_units_each_written_with_their_regency_are_two_stops() -> None:
    found = visits(
        "JOGJA - Sebanyak 18 kepala desa asal Kabupaten Pati menjalani studi banding desa wisata di DIY. "
        "Ada dua desa yang mereka kunjungi, yaitu Desa Pentingsari di Kabupaten Sleman dan Desa Wukirsari "
        "di Kabupaten Bantul. Para kades ingin belajar mengelola homestay.",
    )
    assert sorted(v.destination.regency for v in found) == ["Kabupaten Bantul", "Kabupaten Sleman"]
    assert {v.participants for v in found} == {18}
    assert {v.origin.regency for v in found} == {"Kabupaten Pati"}


def test_a_clause_that_goes_home_is_no_second_unit() -> None:
    # the words between the places are no unit's name: the travellers return home
    found = visits(
        "Sebanyak 18 kepala desa asal Kabupaten Pati menjalani studi banding ke Desa Pentingsari di "
        "Kabupaten Sleman dan pulang di Kabupaten Pati pada malam hari.",
    )
    assert [v.destination.regency for v in found] == ["Kabupaten Sleman"]


# ---------------------------------------------------------------- a second destination in a contrast clause


SPLIT_TRIP = (
    "Para ketua BPD di kabupaten kami akan menjalani studi banding, Senin (6/3/2023). Studi banding "
    "dibagi dua: rombongan pertama ke daerah Jawa Tengah pada 7 hingga 9 Maret, sedangkan rombongan "
    "kedua ke daerah Lembang Jawa Barat pada 8 hingga 10 Maret."
)


def test_a_region_after_ke_daerah_is_where_the_group_goes() -> None:
    # "ke daerah X": the region visited; "ke daerah Lembang Jawa Barat": a town the gazetteer may lack,
    # located by its province
    provinces = sorted(v.destination.province for v in visits(SPLIT_TRIP))
    assert provinces == ["Jawa Barat", "Jawa Tengah"]


def test_groups_at_once_keep_the_days_of_their_own_clause() -> None:
    days = {v.destination.province: (v.start_date, v.end_date) for v in visits(SPLIT_TRIP)}
    assert days == {"Jawa Tengah": (D(2023, 3, 7), D(2023, 3, 9)), "Jawa Barat": (D(2023, 3, 8), D(2023, 3, 10))}


def test_groups_at_once_with_one_date_share_it() -> None:
    found = visits(
        "Para ketua BPD akan menjalani studi banding pada 7 hingga 9 Maret 2023. Rombongan pertama ke daerah "
        "Jawa Tengah, sedangkan rombongan kedua ke daerah Jawa Barat."
    )
    assert {(v.start_date, v.end_date) for v in found} == {(D(2023, 3, 7), D(2023, 3, 9))}
    assert len(found) == 2


# ---------------------------------------------------------------- a government and its council, together


def test_a_government_travelling_with_its_council_is_two_senders() -> None:
    found = visits(
        "KEDIRI - Pemerintah Kabupaten Lamongan tertarik pada penataan pasar di Kota Kediri. Bupati Lamongan "
        "bersama jajaran pemerintah daerah dan anggota DPRD Kabupaten Lamongan melakukan studi banding ke "
        "Kota Kediri, Kamis (5/10/2023).",
    )
    assert sorted(v.origin.institution for v in found) == ["DPRD Kabupaten Lamongan", "Pemerintah Kabupaten Lamongan"]
    assert {(v.origin.regency, v.destination.regency, v.start_date) for v in found} == {
        ("Kabupaten Lamongan", "Kota Kediri", D(2023, 10, 5))
    }


def test_a_group_named_then_called_rombongan_itu_is_the_sender() -> None:
    # "Rombongan itu datang ke …" goes on with the body the sentence before named; its komisi came along
    found = visits(
        "Banyak daerah datang belajar ke kota ini. Salah satunya Pemkab Tuban bersama Komisi B DPRD. "
        "Rombongan itu datang ke Kota Kediri untuk studi banding pengelolaan sampah.",
    )
    assert sorted(v.origin.institution for v in found) == ["Komisi B DPRD", "Pemkab Tuban"]
    assert {v.origin.regency for v in found} == {"Kabupaten Tuban"}
    assert all(v.host_agencies == [] for v in found)  # the council that came is no unit visited


def test_a_council_leader_escorting_or_the_hosts_council_is_no_second_sender() -> None:
    escorted = visits(
        "KEDIRI - Bupati Lamongan datang bersama jajaran OPD, didampingi Ketua DPRD Kabupaten Lamongan, "
        "melakukan studi banding ke Kota Kediri, Kamis (5/10/2023).",
    )
    assert len(escorted) == 1
    hosted = visits(
        "KEDIRI - Pemkab Lamongan melakukan studi banding ke Kota Kediri, Kamis (5/10/2023). Rombongan "
        "diterima Wali Kota Kediri bersama anggota DPRD Kota Kediri.",
    )
    assert len(hosted) == 1


# ---------------------------------------------------------------- a reciprocal visit the host recounts

RECIPROCAL = (
    "KENDAL - Dinas Perpustakaan Kabupaten Blora melakukan studi tiru ke Pemerintah Kabupaten Kendal, "
    "Rabu (10/5/2023). Sekretaris dinas setempat menyebut kunjungan itu kelanjutan kerja sama. {past}"
)


def test_the_hosts_earlier_study_trip_to_its_visitors_is_a_visit_of_its_own() -> None:
    found = visits(
        RECIPROCAL.format(
            past="Pada 2022 lalu, Pemkab Kendal melalui Dispusip juga sudah berkunjung ke Dinas Perpustakaan Blora "
            "untuk studi banding layanan perpustakaan keliling, Selasa (8/3/2022)."
        )
    )
    assert len(found) == 2
    back = next(v for v in found if v.origin.regency == "Kabupaten Kendal")
    assert back.destination.regency == "Kabupaten Blora"
    assert back.host_agencies == ["Dinas Perpustakaan"]
    assert back.activity == "studi banding"
    assert (back.start_date, back.end_date) == (D(2022, 3, 8), D(2022, 3, 8))  # the days its sentence gives


def test_an_earlier_trip_without_a_study_purpose_or_elsewhere_is_background() -> None:
    no_purpose = visits(
        RECIPROCAL.format(
            past="Pada 2022 lalu, Pemkab Kendal juga sudah berkunjung ke Kabupaten Blora untuk menghadiri pernikahan."
        )
    )
    assert len(no_purpose) == 1
    elsewhere = visits(
        RECIPROCAL.format(
            past="Pada 2022 lalu, Pemkab Kendal juga sudah berkunjung ke Kabupaten Pati untuk studi banding."
        )
    )
    assert [v.origin.regency for v in elsewhere] == ["Kabupaten Blora"]


# ---------------------------------------------------------------- a host named by its metropolitan area


def test_a_metropolitan_area_acronym_names_its_province_and_hosts() -> None:
    # "Sekber Sarbagita lagi-lagi kedatangan tamu": the host, a reduplicated word before its verb
    found = visits(
        "Sekber Sarbagita lagi-lagi kedatangan tamu, kali ini dari Pemerintah Kabupaten Sumbawa, pada "
        "Rabu (4/10/2023). Kunjungan itu bertujuan menggali informasi tentang kerja sama antardaerah. "
        "Di Kabupaten Sumbawa, kerja sama serupa baru dirintis.",
    )
    assert [(v.destination.province, v.origin.regency) for v in found] == [("Bali", "Kabupaten Sumbawa")]


# ---------------------------------------------------------------- two senders on different days


def test_senders_received_on_different_days_keep_their_own_day() -> None:
    found = visits(
        "Dinas Pariwisata Kota Batu kedatangan tamu dari Pemerintah Kabupaten Jember dan Pemerintah Kabupaten "
        "Ngawi untuk studi banding pengelolaan wisata. Rombongan Pemerintah Kabupaten Jember datang pada "
        "2 Mei 2023, sementara Pemerintah Kabupaten Ngawi menyusul pada 4 Mei."
    )
    days = {v.origin.regency: v.start_date for v in found}
    assert days == {"Kabupaten Jember": D(2023, 5, 2), "Kabupaten Ngawi": D(2023, 5, 4)}


def test_senders_received_together_on_one_day_share_it() -> None:
    found = visits(
        "Dinas Pariwisata Kota Batu kedatangan tamu dari Pemerintah Kabupaten Jember dan Pemerintah Kabupaten "
        "Ngawi untuk studi banding pengelolaan wisata pada 2 Mei 2023."
    )
    assert {v.origin.regency: v.start_date for v in found} == {
        "Kabupaten Jember": D(2023, 5, 2),
        "Kabupaten Ngawi": D(2023, 5, 2),
    }


# ---------------------------------------------------------------- places of a programme's field stage


def test_a_list_of_hosts_with_units_named_by_kind_is_one_record_per_place() -> None:
    found = visits(
        "Peserta PKA Angkatan V BPSDM Provinsi Jambi melaksanakan visitasi pada 3 hingga 6 Juni 2024. "
        "Lokasi visitasi antara lain Pemerintah Kota Padang, serta instansi pemerintah di Kabupaten Badung "
        "dan Gianyar."
    )
    assert sorted(v.destination.regency for v in found) == ["Kabupaten Badung", "Kabupaten Gianyar", "Kota Padang"]
    assert {(v.start_date, v.end_date) for v in found} == {(D(2024, 6, 3), D(2024, 6, 6))}


def test_the_day_a_speaker_spoke_at_one_stop_is_not_that_stops_own_day() -> None:
    found = visits(
        "Peserta PKA Angkatan V BPSDM Provinsi Jambi melaksanakan visitasi pada 3 hingga 6 Juni 2024. "
        "\u201cManfaatkan kesempatan ini,\u201d kata Kepala BPSDM di Padang, Senin (3/6/2024). "
        "Lokasi visitasi antara lain Pemerintah Kota Padang, serta instansi pemerintah di Kabupaten Badung."
    )
    assert {v.destination.regency: (v.start_date, v.end_date) for v in found} == {
        "Kota Padang": (D(2024, 6, 3), D(2024, 6, 6)),
        "Kabupaten Badung": (D(2024, 6, 3), D(2024, 6, 6)),
    }


# ---------------------------------------------------------------- a day told relative to the report


PAST_DAY = (
    "Bupati Kaji Banding ke Padang\n\nSenin, 04 Maret 2019 - 09:33 WIB\n\n"
    "SAMPIT - Pemerintah Kabupaten Kotawaringin Timur melakukan kaji banding ke Kota Padang. Bupati "
    "bersama beberapa kepala dinas mendatangi Kantor Wali Kota Padang pada Kamis lalu{day}. \u201cKami "
    "belajar soal sampah,\u201d kata bupati di sela kegiatannya, Senin (4/3/2019)."
)


def test_a_weekday_told_as_past_in_the_trip_sentence_dates_the_visit() -> None:
    # "Kamis lalu" before Monday 4 March 2019 is 28 February; the Monday closes a quote
    (v,) = visits(PAST_DAY.format(day=""))
    assert (v.start_date, v.end_date) == (D(2019, 2, 28), D(2019, 2, 28))


def test_a_written_date_of_the_trip_wins_over_a_weekday_told_as_past() -> None:
    (v,) = visits(PAST_DAY.format(day=" (27/2/2019)"))
    assert v.start_date == D(2019, 2, 27)


# ---------------------------------------------------------------- two programmes received together


TWO_PROGRAMMES = (
    "Kota Madiun ditetapkan menjadi lokasi Visitasi Kepemimpinan Nasional pada 2 hingga 8 Juni 2024. "
    "Kementerian Keuangan akan membawa {count}peserta diklat dari PKA dan PKN Tingkat II untuk menimba "
    "pengalaman di Kota Madiun. \u201cKami siap menjadi tuan rumah visitasi PKA,\u201d kata Wali Kota Madiun."
)


def test_a_count_before_two_programmes_listed_together_is_neither_programmes() -> None:
    found = visits(TWO_PROGRAMMES.format(count="40 "))
    assert {v.program: v.participants for v in found} == {"PKA": None, "PKN II": None}


def test_programmes_listed_together_share_the_activity_named_beside_one() -> None:
    found = visits(TWO_PROGRAMMES.format(count=""))
    assert {v.program: v.activity for v in found} == {"PKA": "studi lapangan", "PKN II": "studi lapangan"}


def test_a_regency_spelled_as_some_reports_spell_it() -> None:
    from diklat_cli.extract import places

    assert [r.name for m in places.find_places("DPRD kabupaten Purwarejo") for r in m.candidates] == [
        "Kabupaten Purworejo"
    ]


# ---------------------------------------------------------------- origin: the province reported from its capital


def test_a_provinces_programme_reported_from_its_capital_is_sent_by_the_province() -> None:
    text = (
        "KENDARIONLINE.COM, Kendari \u2014 Sebanyak 30 peserta PKA Angkatan II mengikuti studi lapangan ke "
        "Jawa Timur. Acara diawali penyerahan peserta oleh Sekprov Sultra, Senin (3/8/2020), kepada "
        "Sekprov Jawa Timur."
    )
    (v,) = visits(text)
    assert (v.origin.province, v.origin.regency, v.destination.province) == ("Sulawesi Tenggara", None, "Jawa Timur")


def test_without_a_body_of_the_dateline_s_province_the_sender_stays_unknown() -> None:
    text = (
        "KENDARIONLINE.COM, Kendari \u2014 Sebanyak 30 peserta PKA Angkatan II mengikuti studi lapangan ke "
        "Jawa Timur, Senin (3/8/2020)."
    )
    (v,) = visits(text)
    assert v.origin.province is None


def test_counted_sub_units_of_a_regency_are_its_people() -> None:
    from diklat_cli.extract.places import sender_weight

    # "BPD empat kecamatan di Kabupaten X": the people of X's kecamatan
    assert sender_weight("Sebanyak 71 anggota Asosiasi BPD empat kecamatan di ", ", Bali menggelar studi tiru") == 3.0
    # the villages gone to are not where the travellers live
    assert sender_weight("melakukan studi banding ke tiga desa di ", " pada Senin") == 0.0
    assert sender_weight("rombongan mengunjungi dua desa di ", " pada Senin") == 0.0


# ---------------------------------------------------------------- host units beyond offices


def test_a_waste_site_or_tourist_site_visited_is_a_unit() -> None:
    (v,) = visits(
        "MALANG - Pemerintah Kota Kediri melakukan studi banding ke Kota Malang, Selasa (5/3/2024). Setelah "
        "itu rombongan mendatangi Tempat Pembuangan Akhir (TPA) Supit Urang dan Obyek Wisata Coban Rondo."
    )
    assert v.host_agencies == ["Tempat Pembuangan Akhir (TPA) Supit Urang", "Obyek Wisata Coban Rondo"]


# ---------------------------------------------------------------- a caption's day above the story


def test_a_day_written_above_the_storys_opener_gives_way_to_the_storys_own() -> None:
    text = (
        "DPRD Kendal Studi di Sleman\n\n"
        "Rombongan Komisi B DPRD Kendal foto bareng Wakil Bupati Sleman, Kamis 8/8/2019.\n\n"
        "kabarku.com \u2013 Komisi B DPRD Kabupaten Kendal mengadakan kunjungan kerja ke Kabupaten Sleman, Rabu.\n\n"
        "Rombongan disambut Wakil Bupati Sleman di Kantor Bupati, Rabu (7/8).\n\n"
        '"Kami datang untuk studi banding," kata ketua komisi.'
    )
    (v,) = visits(text)
    assert (v.start_date, v.end_date) == (D(2019, 8, 7), D(2019, 8, 7))  # the year from the caption


def test_a_village_government_written_with_its_address_is_the_destination() -> None:
    (v,) = visits(
        "Kegiatan ditutup dengan kunjungan lapangan seluruh anggota BPD Desa Sukamaju, Kabupaten Garut, ke "
        "Pemerintahan Desa Ponggok, Kecamatan Polanharjo, Kabupaten Klaten, pada 14 sampai 16 Mei 2023."
    )
    assert (v.destination.province, v.destination.regency) == ("Jawa Tengah", "Kabupaten Klaten")


def test_an_unknown_acronym_listed_before_a_unit_is_a_unit() -> None:
    (v,) = visits(
        "Sebanyak 30 peserta PKP Angkatan I Kabupaten Mimika melaksanakan studi lapangan di Kota Jayapura, "
        "Jumat (31/5/2024). Peserta disebar ke dua OPD di Kota Jayapura, yaitu DPMTK dan Dinas Perikanan."
    )
    assert v.host_agencies == ["DPMTK", "Dinas Perikanan"]
    (w,) = visits(
        "Sebanyak 30 peserta PKP Angkatan I Kabupaten Mimika melaksanakan studi lapangan di Kota Jayapura, "
        "Jumat (31/5/2024). Lokus yang dikunjungi yaitu OPD dan Dinas Perikanan."
    )
    assert w.host_agencies == ["Dinas Perikanan"]


# ---------------------------------------------------------------- a sender's recap of its trips by example


RECAP = (
    "SOREANG - DPRD Kabupaten Garut selalu membawa dinas terkait setiap studi banding. {first} "
    "Contohnya kunjungan DPRD Kabupaten Garut ke Kota Pontianak untuk mempelajari Perda Kawasan Tanpa Rokok."
)


def test_trips_a_sender_gives_as_examples_are_a_record_each() -> None:
    first = "Salah satu hasil kunjungan kerja Komisi B, yakni studi banding ke provinsi Bali."
    found = visits(RECAP.format(first=first))
    assert sorted(v.destination.province for v in found) == ["Bali", "Kalimantan Barat"]
    assert {v.origin.regency for v in found} == {"Kabupaten Garut"}


def test_a_place_named_beside_the_example_without_a_trip_to_it_is_no_second_record() -> None:
    found = visits(RECAP.format(first="Salah satunya, aturan di Provinsi Bali sudah lama berjalan."))
    assert [v.destination.province for v in found] == ["Kalimantan Barat"]


# ---------------------------------------------------------------- a kecamatan named like another regency


def test_a_kecamatan_named_like_a_regency_is_not_that_regency() -> None:
    # Ketapang is a regency of Kalimantan Barat, and the name of a kecamatan of Kotawaringin Timur
    (v,) = visits(
        "Baru Ketapang Studi Tiru Pelayanan Publik ke Banyuwangi",
        "SAMPIT - Jajaran Kecamatan Baru Ketapang Kabupaten Kotawaringin Timur menjalani studi tiru ke "
        "Kabupaten Banyuwangi, Kamis (8/9/2022).",
        "Rombongan Baru Ketapang mendatangi Kantor Kecamatan Glagah. Camat Baru Ketapang berharap ilmu itu "
        "diterapkan di Kecamatan Baru Ketapang.",
    )
    assert (v.origin.province, v.origin.regency) == ("Kalimantan Tengah", "Kabupaten Kotawaringin Timur")


def test_a_kecamatan_named_as_its_own_regency_stays_in_it() -> None:
    from diklat_cli.extract import places
    from diklat_cli.extract.place_roles import _subdistrict_names

    text = "studi tiru ke KUA Kec. Banjarnegara Kab. Banjarnegara dan Kecamatan Baru Ketapang Kabupaten Kotim."
    assert _subdistrict_names(text, places.find_places(text)) == {"Ketapang"}
