"""Round 2 of issue 11 (ext-visits2): whether a visit is reported, several visits, programmes and
cohorts, origin and organizer. Every sentence here is made up for these tests."""

from __future__ import annotations

from diklat_cli.extract import extract_text
from diklat_cli.models import Visit


def visits(*paragraphs: str) -> list[Visit]:
    return [e.visit for e in extract_text("\n\n".join(paragraphs))]


# ---------------------------------------------------------------- "stula", the short form of studi lapangan


def test_stula_is_the_activity_that_goes_to_a_place() -> None:
    found = visits(
        "Peserta PKP Kota Bitung Gelar Stula",
        "TONDANO - Sebanyak 28 peserta PKP Angkatan II Kota Bitung menggelar stula di Kabupaten Minahasa,"
        " Rabu (4/9/2024).",
    )
    assert len(found) == 1
    assert found[0].activity == "studi lapangan"
    assert found[0].destination.regency == "Kabupaten Minahasa"


def test_stula_to_a_government_in_the_lead() -> None:
    found = visits(
        "MUNTOK - Tiga puluh peserta Latsar CPNS Kabupaten Bangka Tengah melaksanakan stula ke Pemerintah"
        " Kabupaten Bangka Barat, Selasa (3/9/2024)."
    )
    assert len(found) == 1
    assert found[0].destination.regency == "Kabupaten Bangka Barat"


# ---------------------------------------------------------------- a courtesy call is no trip


def test_a_courtesy_call_on_a_governor_is_no_visit() -> None:
    assert (
        visits(
            "Kepala BPSDM Kunjungan Kehormatan ke Gubernur Jambi",
            "JAMBI - Kepala BPSDM Provinsi Jambi melakukan kunjungan kehormatan kepada Gubernur Jambi, Senin"
            " (2/9/2024), untuk melaporkan rencana PKA Angkatan III dan PKP Angkatan V tahun depan.",
        )
        == []
    )


def test_a_courtesy_call_made_during_a_study_trip_keeps_the_trip() -> None:
    found = visits(
        "BATU - Peserta PKA Angkatan III Kabupaten Nganjuk melakukan kunjungan silaturahmi sekaligus studi"
        " lapangan ke Pemerintah Kota Batu, Rabu (4/9/2024)."
    )
    assert len(found) == 1
    assert found[0].destination.regency == "Kota Batu"
    assert found[0].activity == "studi lapangan"


# ---------------------------------------------------------------- an unknown programme, its sender written after it


def test_a_place_ending_an_open_programme_name_is_its_sender() -> None:
    from diklat_cli.extract.programs import find_open_programs

    headline = "Peserta Pelatihan Kepemimpinan Kepala Puskesmas Sumbawa Studi Tiru ke Mataram"
    assert [p.name for p in find_open_programs(headline)] == ["Pelatihan Kepemimpinan Kepala Puskesmas"]


def test_an_open_programme_in_headline_and_lead_is_one_programme() -> None:
    found = visits(
        "Peserta Diklat Manajemen Kearsipan Ogan Ilir Belajar ke Palembang",
        "PALEMBANG - Sebanyak 20 peserta Diklat Manajemen Kearsipan Kabupaten Ogan Ilir melakukan studi banding ke"
        " Pemerintah Kota Palembang, Kamis (5/9/2024).",
    )
    assert [v.program for v in found] == ["Diklat Manajemen Kearsipan"]
    assert found[0].origin.regency == "Kabupaten Ogan Ilir"


# ---------------------------------------------------------------- the sender named after what the host became


def test_the_group_after_menjadi_tujuan_names_its_home() -> None:
    found = visits(
        "KLATEN - Kabupaten Klaten menjadi tujuan studi banding 15 anggota Badan Permusyawaratan Desa dari"
        " Kabupaten Pacitan, Kamis (12/9/2024). Mereka ingin belajar tentang pengelolaan BUMDes."
    )
    assert len(found) == 1
    assert found[0].origin.regency == "Kabupaten Pacitan"
    assert found[0].destination.regency == "Kabupaten Klaten"


def test_the_group_after_lokasi_studi_lapangan_names_its_home() -> None:
    found = visits(
        "REMBANG - Kabupaten Rembang dipilih sebagai lokasi studi lapangan peserta PKP Angkatan IV Kabupaten"
        " Grobogan, Selasa (10/9/2024)."
    )
    assert len(found) == 1
    assert found[0].origin.regency == "Kabupaten Grobogan"
    assert found[0].destination.regency == "Kabupaten Rembang"


def test_lokasi_studi_lapangan_di_a_place_is_still_where_they_went() -> None:
    found = visits(
        "Peserta PKA Angkatan II Kabupaten Blora menentukan lokasi studi lapangan peserta di Kabupaten Kudus,"
        " Rabu (11/9/2024), untuk mempelajari layanan perizinan."
    )
    assert len(found) == 1
    assert found[0].destination.regency == "Kabupaten Kudus"


def test_ngangsu_kaweruh_is_learning_and_its_subject_the_traveller() -> None:
    found = visits(
        "KEDIRI - Sebanyak 10 pejabat Setda Kabupaten Tuban ngangsu kaweruh tentang arsip digital ke Pemerintah"
        " Kota Kediri, Jumat (13/9/2024)."
    )
    assert len(found) == 1
    assert found[0].origin.regency == "Kabupaten Tuban"
    assert found[0].destination.regency == "Kota Kediri"


# ---------------------------------------------------------------- each group's own count


def test_each_cohort_count_written_once_goes_to_every_cohort() -> None:
    found = visits(
        "KENDARI - Peserta PKA Angkatan III dan IV BPSDM Provinsi Sulawesi Tenggara melaksanakan studi lapangan ke"
        " Pemerintah Kabupaten Konawe, Senin (9/9/2024). Setiap angkatan berjumlah 32 orang."
    )
    assert sorted((v.cohort, v.participants) for v in found) == [(3, 32), (4, 32)]


def test_a_shared_count_of_two_cohorts_is_still_no_one_cohorts() -> None:
    found = visits(
        "KENDARI - Sebanyak 64 peserta PKA Angkatan III dan IV BPSDM Provinsi Sulawesi Tenggara melaksanakan studi"
        " lapangan ke Pemerintah Kabupaten Konawe, Senin (9/9/2024)."
    )
    assert sorted(v.cohort for v in found) == [3, 4]
    assert all(v.participants != 32 for v in found)


def test_a_count_just_after_each_programme_is_that_programmes() -> None:
    found = visits(
        "BLITAR - Pemerintah Kota Blitar menerima peserta PKA Angkatan II Kabupaten Tulungagung dan peserta PKP"
        " Angkatan V Kabupaten Kediri, Selasa (10/9/2024). Rombongan PKA sebanyak 25 orang, sementara rombongan PKP"
        " 35 orang."
    )
    assert sorted((v.program, v.participants) for v in found) == [("PKA", 25), ("PKP", 35)]


# ---------------------------------------------------------------- a ministry's training centre is the organizer


def test_a_ministrys_pusat_pelatihan_runs_the_course() -> None:
    found = visits(
        "MAROS - Pusat Pelatihan Kesehatan Kementerian Kesehatan membawa 24 peserta PKA melaksanakan studi lapangan"
        " ke Kabupaten Maros, Rabu (11/9/2024)."
    )
    assert len(found) == 1
    assert found[0].organizer == "Pusat Pelatihan Kesehatan Kementerian Kesehatan"
    assert found[0].origin.province is None


# ---------------------------------------------------------------- a bureau of a national body's regional unit


def test_a_bureau_of_a_polda_sends_from_the_national_level() -> None:
    from diklat_cli.extract.agencies import is_national_unit

    assert is_national_unit("Biro Operasi Polda Sumatera Utara")
    assert is_national_unit("Bagian Umum Kanwil Kemenkumham Jawa Tengah")
    assert not is_national_unit("Bagian Organisasi Setda Kabupaten Pati")
    found = visits(
        "MEDAN - Sebanyak 12 personel Bidang Humas Polda Aceh melakukan studi banding ke Polda Sumatera Utara,"
        " Rabu (11/9/2024), untuk mempelajari pengelolaan media sosial."
    )
    assert len(found) == 1
    assert found[0].origin.province is None


# ---------------------------------------------------------------- cohorts written as a range


def test_a_range_of_cohorts_names_each_of_them() -> None:
    from diklat_cli.extract.programs import find_cohorts

    assert [c.value for c in find_cohorts("Angkatan IV sampai dengan VI Kota Cimahi")] == [4, 5, 6]
    assert [c.value for c in find_cohorts("angkatan 7 s.d. 8 tahun 2024")] == [7, 8]
    # a cohort and its days, a cohort and a count: no range
    assert [c.value for c in find_cohorts("Angkatan VII, 10-12 Oktober")] == [7]
    assert [c.value for c in find_cohorts("Angkatan 3-5 Juni 2024")] == [3]
    assert [c.value for c in find_cohorts("Angkatan 2 hingga 2024")] == [2]


def test_each_cohort_of_a_range_is_a_visit() -> None:
    found = visits(
        "KEBUMEN - Peserta PKP Angkatan V sampai dengan VII Kabupaten Cilacap melaksanakan studi lapangan di"
        " Kabupaten Kebumen, Kamis (12/9/2024)."
    )
    assert sorted(v.cohort for v in found) == [5, 6, 7]


# ---------------------------------------------------------------- a headline's province sums the senders up


def test_a_headline_province_gives_way_to_the_regencies_the_story_names() -> None:
    found = visits(
        "Pemkot Madiun Terima Studi Banding Dua Kabupaten dari Jambi",
        "MADIUN - Pemerintah Kota Madiun menerima studi banding Pemerintah Kabupaten Kerinci dan Pemerintah"
        " Kabupaten Bungo, Kamis (12/9/2024). Kedua rombongan ingin belajar tentang pengelolaan pasar.",
    )
    assert sorted(v.origin.regency for v in found) == ["Kabupaten Bungo", "Kabupaten Kerinci"]


def test_a_province_sending_in_the_story_stays_the_sender() -> None:
    found = visits(
        "Peserta PKP Jambi Belajar ke Madiun",
        "MADIUN - Sebanyak 30 peserta PKP Angkatan IV BPSDM Provinsi Jambi melakukan studi lapangan ke Pemerintah"
        " Kota Madiun, Kamis (12/9/2024). Peserta berasal dari Kabupaten Kerinci dan Kabupaten Bungo.",
    )
    assert len(found) == 1
    assert found[0].origin.province == "Jambi"
    assert found[0].origin.regency is None


# ---------------------------------------------------------------- the host speaking in a virtual study


def test_a_host_that_speaks_in_a_virtual_benchmarking_is_the_place_studied() -> None:
    found = visits(
        "SEMARANG - Pemerintah Kota Semarang menjadi narasumber benchmarking secara virtual bagi peserta PKP"
        " Angkatan II BPSDM Provinsi Bengkulu, Rabu (4/9/2024)."
    )
    assert len(found) == 1
    assert found[0].destination.regency == "Kota Semarang"
    assert found[0].origin.province == "Bengkulu"


def test_a_host_speaking_at_the_programmes_own_campus_is_no_visit() -> None:
    assert (
        visits(
            "JAKARTA - Wali Kota Surabaya menjadi narasumber bagi peserta PKN Tingkat II Angkatan III di kampus"
            " Lembaga Administrasi Negara, Jakarta, Rabu (4/9/2024). Ia berbagi pengalaman tata kelola kota."
        )
        == []
    )


# ---------------------------------------------------------------- a course named "Sekolah …" or "Kursus …"


def test_a_school_or_course_after_peserta_is_the_programme_as_written() -> None:
    found = visits(
        "BANTUL - Sebanyak 20 peserta Kursus Kepemimpinan Perempuan Angkatan I Kabupaten Magelang melakukan studi"
        " banding ke Pemerintah Kabupaten Bantul, Rabu (4/9/2024)."
    )
    assert [(v.program, v.cohort) for v in found] == [("Kursus Kepemimpinan Perempuan", 1)]
    assert found[0].origin.institution is None or "Angkatan" not in found[0].origin.institution


def test_dinas_sekolah_words_elsewhere_are_no_programme() -> None:
    from diklat_cli.extract.programs import find_open_programs

    assert find_open_programs("Kepala Sekolah Dasar Negeri 3 ikut menyambut rombongan.") == []


# ---------------------------------------------------------------- a cohort drawn from across a province


def test_participants_from_across_a_province_are_sent_by_it() -> None:
    found = visits(
        "Bupati Muara Enim Terima Peserta PKP",
        'MUARA ENIM - Bupati Muara Enim menerima 35 peserta PKP Angkatan III, Rabu (4/9/2024). "Kami senang'
        ' menerima peserta yang datang dari berbagai daerah di Sumatera Selatan untuk studi lapangan," katanya.',
    )
    assert len(found) == 1
    assert found[0].origin.province == "Sumatera Selatan"
    assert found[0].origin.institution is None
    assert found[0].destination.regency == "Kabupaten Muara Enim"


def test_se_province_after_the_participants_names_where_they_come_from() -> None:
    found = visits(
        "Wali Kota Pariaman Sambut Peserta PKA se-Sumatera Barat",
        "PARIAMAN - Wali Kota Pariaman menyambut 40 peserta PKA Angkatan V yang melaksanakan studi lapangan di"
        " Kota Pariaman, Rabu (4/9/2024).",
    )
    assert len(found) == 1
    assert found[0].origin.province == "Sumatera Barat"
    assert found[0].destination.regency == "Kota Pariaman"


# ---------------------------------------------------------------- groups received one after another


def test_a_regions_training_body_between_cohort_and_region_sends_from_it() -> None:
    found = visits(
        "PADANG - Pemerintah Kota Padang menerima peserta PKA Angkatan III BPSDM Provinsi Riau dan peserta PKP"
        " Angkatan II BPSDM Provinsi Jambi, Rabu (4/9/2024)."
    )
    assert sorted((v.program, v.origin.province) for v in found) == [("PKA", "Riau"), ("PKP", "Jambi")]


def test_groups_told_in_their_own_sentences_keep_their_own_days() -> None:
    found = visits(
        "SOLOK - Pemerintah Kota Solok menerima peserta PKA Angkatan I Kabupaten Pesisir Selatan pada Senin (2/9/2024)."
        " Dua hari kemudian, giliran peserta PKP Angkatan III Kabupaten Sijunjung yang datang, Rabu (4/9/2024)."
    )
    got = sorted((v.program, str(v.start_date)) for v in found)
    assert got == [("PKA", "2024-09-02"), ("PKP", "2024-09-04")]


def test_groups_told_together_share_the_day() -> None:
    found = visits(
        "SOLOK - Pemerintah Kota Solok menerima peserta PKA Angkatan I Kabupaten Pesisir Selatan dan peserta PKP"
        " Angkatan III Kabupaten Sijunjung, Senin (2/9/2024). Kedua rombongan belajar tentang layanan perizinan."
    )
    assert {str(v.start_date) for v in found} == {"2024-09-02"}
    assert len(found) == 2


# ---------------------------------------------------------------- the host shares its good practice


def test_sharing_good_practice_with_visitors_is_learning_from_the_host() -> None:
    found = visits(
        "GARUT - Pemerintah Kabupaten Garut berbagi praktik baik pengelolaan sampah dengan rombongan Pemerintah"
        " Kabupaten Ciamis yang berkunjung ke Kantor Bupati Garut, Rabu (4/9/2024)."
    )
    assert len(found) == 1
    assert found[0].origin.regency == "Kabupaten Ciamis"
    assert found[0].destination.regency == "Kabupaten Garut"


def test_good_practice_told_with_no_trip_is_no_visit() -> None:
    assert (
        visits(
            "GARUT - Bupati Garut berbagi praktik baik pengelolaan sampah dalam rapat koordinasi daring bersama"
            " para camat, Rabu (4/9/2024)."
        )
        == []
    )


# ---------------------------------------------------------------- a host's tally of a period


def test_a_hosts_tally_of_many_unnamed_groups_is_no_visit() -> None:
    assert (
        visits(
            "SLEMAN - Selama semester pertama 2024, Pemerintah Kabupaten Sleman menerima 45 rombongan studi banding"
            " dari berbagai daerah. Sebagian besar ingin belajar tentang pengelolaan desa wisata, kata Kepala Bagian"
            " Protokol, Rabu (4/9/2024)."
        )
        == []
    )


def test_a_tally_beside_a_named_visitor_keeps_the_visit() -> None:
    found = visits(
        "SLEMAN - Pemerintah Kabupaten Sleman menerima studi banding dari Pemerintah Kabupaten Kebumen, Rabu"
        " (4/9/2024). Tahun ini Sleman sudah menerima 45 rombongan studi banding dari berbagai daerah."
    )
    assert [v.origin.regency for v in found] == ["Kabupaten Kebumen"]


# ---------------------------------------------------------------- senders each to a place of its own


def test_senders_each_with_its_own_destination_are_paired_by_clause() -> None:
    found = visits(
        "MAGELANG - Rombongan DPRD Kabupaten Kendal melakukan studi banding ke Kota Magelang, sedangkan rombongan"
        " DPRD Kabupaten Batang ke Kabupaten Temanggung, Rabu (4/9/2024). Mereka belajar tentang pengelolaan pasar."
    )
    got = sorted((v.origin.regency, v.destination.regency) for v in found)
    assert got == [("Kabupaten Batang", "Kabupaten Temanggung"), ("Kabupaten Kendal", "Kota Magelang")]


def test_senders_together_at_two_stops_visit_both() -> None:
    found = visits(
        "MAGELANG - Rombongan DPRD Kabupaten Kendal dan DPRD Kabupaten Batang melakukan studi banding ke Kota"
        " Magelang dan Kabupaten Temanggung, Rabu (4/9/2024). Mereka belajar tentang pengelolaan pasar."
    )
    # one clause sends both senders to both places: every sender at every stop
    assert len({(v.origin.regency, v.destination.regency) for v in found}) == 4


def test_a_tally_that_names_who_came_from_the_same_province_lists_them() -> None:
    found = visits(
        "SLEMAN - Sepanjang 2024, Pemerintah Kabupaten Sleman menerima 45 rombongan studi banding, antara lain dari"
        " Kabupaten Bantul dan Kota Yogyakarta, kata Kepala Bagian Protokol, Rabu (4/9/2024)."
    )
    assert {v.origin.regency for v in found} == {"Kabupaten Bantul", "Kota Yogyakarta"}


# ---------------------------------------------------------------- one national centre written twice


def test_a_centre_by_acronym_and_in_full_is_one_sender() -> None:
    found = visits(
        "PALOPO - Pemerintah Kota Palopo menyambut rombongan studi lapangan PKA Angkatan II PPSDM Kemendagri"
        " Regional Makassar, Rabu (4/9/2024). Kepala Pusat Pengembangan Sumber Daya Manusia (PPSDM) Regional"
        " Makassar mengatakan peserta berjumlah 40 orang."
    )
    assert len(found) == 1
    assert found[0].destination.regency == "Kota Palopo"
