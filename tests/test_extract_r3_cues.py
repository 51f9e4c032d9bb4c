"""Round r3-cues: widenings of the cue, programme, participant and date rules to the class of words the
property they state names. Every sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from diklat_cli.extract import cues

# ---------------------------------------------------------------- a trip told by any verb of going
# STRONG_CUES named a trip by "berkunjung", "mengunjungi", "menyambangi", "mendatangi", "datang ke", "tiba di",
# "berangkat ke", "bertolak ke"; reporters write the same going with the bare headline verbs ("Kunjungi",
# "Datangi", "Tandangi"), with "bertandang", "melawat/lawatan", "singgah", "bertamu" and with the passive of
# sending ("diberangkatkan ke", "dilepas ke").


@pytest.mark.parametrize(
    "sentence",
    [
        "Peserta PKA Angkatan II Kunjungi Pemkot Parepare untuk Melihat Layanan Perizinan",
        "Camat se-Kabupaten Sinjai bertandang ke Kantor Bupati Bantaeng pada Rabu pagi.",
        "Rombongan pejabat itu melawat ke Banyuwangi selama dua hari.",
        "Dalam lawatannya, para kepala desa melihat pengelolaan BUMDes yang maju.",
        "Sebelum pulang, peserta sempat singgah di Desa Wisata Pujon Kidul.",
        "Para lurah bertamu ke Kantor Wali Kota Surabaya untuk melihat layanan kependudukan.",
        "Sebanyak 40 peserta Pelatihan Kepemimpinan Pengawas diberangkatkan ke Malang pagi tadi.",
        "Peserta PKP Datangi Mal Pelayanan Publik Kabupaten Sumedang",
    ],
)
def test_any_verb_of_going_states_a_trip(sentence: str) -> None:
    assert cues.travel_cue(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a reader sent to a website goes nowhere
        "Informasi lengkap tentang pelatihan dapat dilihat, kunjungi laman resmi BPSDM Provinsi Jawa Timur.",
        # a team that plays away is no study trip's travel word either way: no verb of going at all
        "Peserta PKA mengikuti pembelajaran klasikal di kampus BPSDM selama dua pekan.",
    ],
)
def test_words_that_are_no_going(sentence: str) -> None:
    assert not cues.travel_cue(sentence)


# ---------------------------------------------------------------- a part of a divided group sent to its place
# "Kelompok pertama ke BPSDM Provinsi A" named the part by "kelompok" only; reports divide a cohort into a
# "tim", "regu", "grup", "gelombang" or "kloter" as well, or by its share ("sebagian peserta ke A, sisanya ke B").


@pytest.mark.parametrize(
    "sentence",
    [
        "Tim pertama ke Bantaeng, tim kedua ke Bulukumba.",
        "Regu A menuju Sidoarjo sedangkan regu B menuju Gresik.",
        "Gelombang kedua ke Banyuwangi pada pekan berikutnya.",
        "Grup satu ke Semarang dan grup dua ke Salatiga.",
        "Sebagian peserta ke Jombang, sisanya ke Kediri.",
        "Kloter pertama menuju Palembang pagi ini.",
    ],
)
def test_any_part_of_a_divided_group_sent_to_a_place(sentence: str) -> None:
    assert cues.travel_cue(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a team counted, not sent: "tim ke-3" is its number
        "Tim ke-3 memaparkan hasil diskusi tentang Reformasi Birokrasi.",
        # a group's share of the marks, not of the travellers
        "Sebagian besar nilai ditentukan oleh Widyaiswara pembimbing.",
    ],
)
def test_parts_that_are_not_sent_anywhere(sentence: str) -> None:
    assert not cues.travel_cue(sentence)


# ---------------------------------------------------------------- a date that closes a speech attribution
# dates.said_on knew the speech verbs by a sample ("kata", "ujar", "jelas", "tegas", "mengatakan" …); reporters
# close a quote with any verb of saying: "sebut", "tandas", "tukas", "beber", "cetus", "kilah", "timpal" (and
# their -nya forms), "lanjutnya", "harapnya", "pintanya", "ajaknya", "akunya", and "menyatakan", "menyebutkan",
# "memaparkan", "membeberkan", "menandaskan", "mengemukakan", "menekankan", "mengaku".


def _said(text: str) -> bool:
    from diklat_cli.extract import dates

    found = dates.find_dates(text)
    return dates.said_on(text, 0, found[-1].start)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Kami ingin belajar dari daerah lain," tandas Kepala Bappeda di ruang kerjanya, Selasa (26/2/2019).',
        '"Pelayanan harus cepat," sebut Sekda kepada wartawan, Rabu (27/2/2019).',
        '"Semua peserta wajib membuat laporan," lanjutnya di kantornya, Kamis (28/2/2019).',
        "Kepala BPSDM memaparkan capaian pelatihan tahun ini di Makassar, Jumat (1/3/2019).",
        "Camat itu mengaku puas dengan hasil pelatihan, Senin (4/3/2019).",
        '"Inovasi ini murah," bebernya, Selasa (5/3/2019).',
    ],
)
def test_any_verb_of_saying_dates_the_words_not_the_visit(sentence: str) -> None:
    assert _said(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # said while receiving the group: the day of the visit
        '"Selamat datang," tandas Bupati saat menerima rombongan, Selasa (26/2/2019).',
        # going on to the next stop is no speech
        "Rombongan lalu lanjut ke Kota Batu, Rabu (27/2/2019).",
    ],
)
def test_days_that_are_no_speech_attribution(sentence: str) -> None:
    assert not _said(sentence)


# ---------------------------------------------------------------- the group's size after a verb of counting it
# "sebanyak 40 pejabat", "diikuti 45 orang", "membawa 70 orang": a verb (or "sebanyak") before a count of
# people. Reporters round the count ("diikuti sekitar 40 orang", "membawa kurang lebih 30 camat", "sedikitnya
# 25 ASN"), and name more of the people a government sends (CPNS, delegasi, utusan, sekdes, aparat, pimpinan).


def _counts(text: str) -> list[int]:
    from diklat_cli.extract import participants

    return [m.value for m in participants.find_participants(text)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Kegiatan itu diikuti sekitar 40 kepala desa dari Kabupaten Gowa.", 40),
        ("Bupati membawa kurang lebih 30 camat ke Kabupaten Banyuwangi.", 30),
        ("Pemkab Sinjai mengirim sedikitnya 25 ASN untuk belajar ke Kota Surabaya.", 25),
        ("Sebanyak 32 CPNS Kabupaten Bone mengikuti kegiatan itu di Kota Makassar.", 32),
        ("Pemkot Palu mengutus 12 delegasi ke Kota Denpasar.", 12),
        ("Kegiatan itu diikuti 18 sekdes dari Kecamatan Bajeng.", 18),
    ],
)
def test_a_count_of_the_group_rounded_or_naming_whoever_is_sent(sentence: str, count: int) -> None:
    assert count in _counts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a count of offices, not of people, after the same verbs
        "Kegiatan itu diikuti sekitar 40 OPD di lingkungan Pemkab Gowa.",
        # a span of days, not people
        "Kegiatan itu berlangsung sekitar 3 hari di Kota Makassar.",
    ],
)
def test_counts_that_are_no_group(sentence: str) -> None:
    assert _counts(sentence) == []


# ---------------------------------------------------------------- a count that opens the trip's sentence
# A count of people that opens the lead ("Tiga puluh camat … studi banding ke") or of an agency's partners
# ("35 kader PKK … studi banding") counts the travellers when the sentence goes on to the trip; the trip was
# known by a sample of its words, and is told by every verb of going and every name of the activity as well.


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Tiga puluh camat se-Kabupaten Wajo bertolak ke Kota Surabaya, Senin (3/6/2024).", 30),
        ("Dua puluh lurah se-Kota Parepare berangkat ke Kabupaten Banyuwangi pagi tadi.", 20),
        ("Sebanyak 35 kader PKK Kabupaten Maros melakukan benchmark ke Kota Batu.", 35),
        ("Empat puluh kepala desa se-Kabupaten Soppeng tiba di Kabupaten Badung, Selasa (4/6/2024).", 40),
        ("Sebanyak 25 penyuluh pertanian Kabupaten Bone diberangkatkan ke Kabupaten Malang.", 25),
        ("Sebanyak 30 kader Posyandu Kota Palopo sambangi Kota Yogyakarta.", 30),
    ],
)
def test_a_count_opening_a_trip_told_by_any_word_of_going(sentence: str, count: int) -> None:
    assert count in _counts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the host's own cadres, counted where no one goes
        "Sebanyak 40 kader PKK Kota Batu menyambut rombongan dengan tarian daerah.",
        # a count that opens a meeting at home
        "Tiga puluh camat se-Kabupaten Wajo hadir dalam rapat koordinasi di kantor bupati.",
    ],
)
def test_counts_that_open_no_trip(sentence: str) -> None:
    assert _counts(sentence) == []


# ---------------------------------------------------------------- a day that only opens the trip
# when._OPEN_START read a departure or a "since" by "sejak", "berangkat", "bertolak", "diberangkatkan",
# "dilepas", "tiba di …": a date so told opens a stay whose last day is not given. Reports also fly there
# ("terbang ke/menuju"), move off ("bergerak/meluncur menuju"), take off ("lepas landas") and write "semenjak".


def _days(text: str) -> list[tuple[str | None, str | None]]:
    from tests.extracted import days_of

    return days_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sebanyak 30 peserta PKA Angkatan II Kabupaten Gowa terbang ke Kota Batam, Senin (3/6/2024), untuk studi"
        " lapangan tentang pelayanan perizinan.",
        "Peserta PKP Angkatan IV Kota Palopo bergerak menuju Kabupaten Banyuwangi, Senin (3/6/2024), untuk"
        " benchmarking pelayanan publik.",
        "Peserta PKA Angkatan III Kabupaten Bone meluncur ke Kota Surabaya, Senin (3/6/2024), untuk benchmarking"
        " pelayanan publik.",
        "Peserta PKP Angkatan I Kabupaten Wajo melaksanakan benchmarking di Kota Malang semenjak Senin (3/6/2024).",
    ],
)
def test_a_departure_told_by_any_verb_of_setting_off_leaves_the_last_day_open(sentence: str) -> None:
    assert _days(sentence) == [("2024-06-03", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the day of the visit itself
        "Peserta PKA Angkatan II Kabupaten Gowa melakukan benchmarking ke Kota Batam, Senin (3/6/2024).",
        # "mulai pukul 09.00": the hour a one-day visit starts, no open stay (not widened to "mulai")
        "Peserta PKA Angkatan II Kabupaten Gowa melakukan benchmarking ke Kota Batam, Senin (3/6/2024), mulai"
        " pukul 09.00 WIB.",
    ],
)
def test_a_visit_day_that_opens_nothing(sentence: str) -> None:
    assert _days(sentence) == [("2024-06-03", "2024-06-03")]


# a fronted "after" clause names the stops before the day its main clause gives: "setelah", "sesudah", "usai",
# "seusai", "selepas", and "sehabis", "selesai", "pasca", "sepulang"


@pytest.mark.parametrize("word", ["Sehabis", "Selesai", "Pasca", "Sepulang"])
def test_any_fronted_after_clause_ends_at_its_comma(word: str) -> None:
    from diklat_cli.extract.when import fronted_end

    text = f"{word} dari Kota Batu, rombongan bertolak ke Kota Malang, Selasa (4/6/2024)."
    assert fronted_end(text, (0, len(text)), text.index("Selasa")) == text.index(",")


def test_a_sentence_opened_by_no_after_clause() -> None:
    from diklat_cli.extract.when import fronted_end

    text = "Selama di Kota Batu, rombongan belajar pengelolaan sampah, Selasa (4/6/2024)."
    assert fronted_end(text, (0, len(text)), text.index("Selasa")) == 0


# ---------------------------------------------------------------- an activity's words joined by a hyphen
# The activity vocabulary spelled each name of two words with a space; reports join them with a hyphen as well
# ("studi-banding", "kaji-banding", "studi-lapangan"), and write "studi perbandingan" for studi banding.


def _activities(text: str) -> list[str]:
    from diklat_cli.extract.programs import find_activities

    return [a.activity for a in find_activities(text)]


@pytest.mark.parametrize(
    ("phrase", "activity"),
    [
        ("studi-banding", "studi banding"),
        ("Studi-Tiru", "studi banding"),
        ("kaji-banding", "studi banding"),
        ("studi perbandingan", "studi banding"),
        ("studi-lapangan", "studi lapangan"),
        ("observasi-lapangan", "studi lapangan"),
        ("kunjungan-kerja", "kunjungan kerja"),
        ("patok-banding", "benchmarking"),
    ],
)
def test_an_activity_written_with_a_hyphen(phrase: str, activity: str) -> None:
    assert _activities(f"Peserta melaksanakan {phrase} di Kota Denpasar selama tiga hari.") == [activity]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hasil studi - banding dengan itu - dibahas di kelas.",
        "Peserta menyusun studi kelayakan proyek perubahan.",
    ],
)
def test_words_that_name_no_activity(sentence: str) -> None:
    assert _activities(sentence) == []


# ---------------------------------------------------------------- a programme by any of its usual names
# Prajabatan was read only as "Diklat/Pendidikan dan Pelatihan Prajabatan", Latsar CPNS as "Pelatihan Dasar CPNS",
# PKA and PKP as "Pelatihan Kepemimpinan …": reports also write the course with "Pelatihan"/"Latihan"/"Diklat"
# before either name, shorten "Prajabatan" to "Prajab" and "CPNS" to "Calon PNS".


def _programmes(text: str) -> list[str]:
    from diklat_cli.extract.programs import find_programs

    return [p.name for p in find_programs(text)]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Pelatihan Prajabatan", "Prajabatan"),
        ("Diklat Prajab", "Prajabatan"),
        ("Latihan Dasar CPNS", "Latsar CPNS"),
        ("Pelatihan Dasar Calon PNS", "Latsar CPNS"),
        ("Diklat Kepemimpinan Pengawas", "PKP"),
        ("Diklat Kepemimpinan Administrator", "PKA"),
    ],
)
def test_a_programme_by_another_of_its_names(written: str, canonical: str) -> None:
    assert _programmes(f"Sebanyak 30 peserta {written} Angkatan II tiba di Makassar, Senin.") == [canonical]


@pytest.mark.parametrize(
    "sentence",
    [
        # a school's leadership course for pupils is no civil servants' basic training
        "Sebanyak 30 siswa mengikuti Latihan Dasar Kepemimpinan Siswa di sekolah.",
        # the unit that runs the courses
        "Kabid Pelatihan Prajabatan BKPSDM Kabupaten Bone hadir di acara itu.",
    ],
)
def test_names_of_no_programme(sentence: str) -> None:
    assert _programmes(sentence) == []


# a cohort written with "Angkatan" shortened ("Angk. III", "Angk XV")


@pytest.mark.parametrize(("written", "value"), [("Angk. III", 3), ("Angk XV", 15), ("angk. 4", 4), ("Angk.II", 2)])
def test_a_cohort_with_angkatan_shortened(written: str, value: int) -> None:
    from diklat_cli.extract.programs import find_cohorts

    assert [c.value for c in find_cohorts(f"Peserta PKP {written} Kabupaten Gowa tiba di Makassar.")] == [value]


@pytest.mark.parametrize("sentence", ["Angka III pada tabel itu naik.", "Peserta PKP dari Angkola tiba di Medan."])
def test_words_like_angkatan_that_are_no_cohort(sentence: str) -> None:
    from diklat_cli.extract.programs import find_cohorts

    assert find_cohorts(sentence) == []


# ---------------------------------------------------------------- a date told of another event
# dates.other_event knew a date as an innovation's or office's start by "diluncurkan", "diresmikan",
# "dicanangkan", "ditetapkan" …; a thing begun is also "disahkan", "ditandatangani", "diterbitkan",
# "dikukuhkan", "diberlakukan", "dilaunching", told actively ("meluncurkan … pada"), or "dibuka secara resmi".


def _other_event(text: str) -> bool:
    from diklat_cli.extract import dates

    return dates.other_event(text, dates.find_dates(text)[-1].start)


@pytest.mark.parametrize(
    "sentence",
    [
        "Perda itu disahkan pada 12 Januari 2023 oleh DPRD.",
        "Nota kesepahaman ditandatangani pada Senin, 6 Maret 2023.",
        "Aplikasi itu dilaunching 17 Agustus 2021 oleh bupati.",
        "Peraturan bupati itu diberlakukan sejak 1 Juli 2022.",
        "Pelatihan itu dibuka secara resmi pada 2 Agustus 2023.",
        "Mal pelayanan publik itu dikukuhkan pada 5 Mei 2022.",
    ],
)
def test_a_date_of_a_thing_begun_is_no_visit_day(sentence: str) -> None:
    assert _other_event(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rombongan diterima di aula kantor bupati pada Senin, 6 Maret 2023.",
        "Peserta melakukan benchmarking ke Kota Batu pada 2 Agustus 2023.",
    ],
)
def test_a_visit_day_is_no_other_event(sentence: str) -> None:
    assert not _other_event(sentence)


# a weekday told as past: "Kamis lalu", "Selasa kemarin", and "Rabu silam" (ago), "Senin yang lalu"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rombongan mendatangi Kantor Wali Kota Padang pada Kamis silam.",
        "Rombongan mendatangi Kantor Wali Kota Padang pada Senin yang lalu.",
        "Rombongan mendatangi Kantor Wali Kota Padang, Rabu silam, untuk belajar.",
        "Rombongan mendatangi Kantor Wali Kota Padang pada Selasa yang lalu untuk belajar.",
    ],
)
def test_a_weekday_told_as_past_by_any_word_of_ago(sentence: str) -> None:
    from diklat_cli.extract import dates

    assert len(dates.past_weekdays(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Rombongan akan mendatangi Kantor Wali Kota Padang pada Kamis depan.",
        "Hari Minggu silih berganti pengunjung datang ke pasar.",
    ],
)
def test_a_weekday_not_told_as_past(sentence: str) -> None:
    from diklat_cli.extract import dates

    assert dates.past_weekdays(sentence) == []


# ---------------------------------------------------------------- a trip planned for a time not yet fixed
# when._LATER_TRIP knew a plan by "dalam waktu dekat", "rencananya", "direncanakan", "berencana", "bakal": the
# only day written is the one the plan was told on. A plan is also "merencanakan", "rencana", "dijadwalkan",
# "segera", or set for "tahun/bulan/pekan depan" or the coming months ("mendatang").


@pytest.mark.parametrize(
    "sentence",
    [
        '"Kami merencanakan studi tiru ke Kabupaten Banyuwangi," kata Camat Tanete Riattang, Senin (3/6/2024).',
        '"Kami segera studi banding ke Kabupaten Badung," kata Kepala Desa Bontoa, Senin (3/6/2024).',
        '"Tahun depan kami studi banding ke Kabupaten Badung," kata Kepala Desa Bontoa, Senin (3/6/2024).',
        '"Kami studi banding ke Kabupaten Badung bulan depan," ujar Ketua Komisi I DPRD Maros, Senin (3/6/2024).',
    ],
)
def test_a_planned_trip_takes_no_day_from_the_words_that_announce_it(sentence: str) -> None:
    assert _days(sentence) == [(None, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a trip made, dated where it was told
        '"Kami studi tiru ke Kabupaten Banyuwangi untuk belajar," kata Camat Tanete Riattang, Senin (3/6/2024).',
        # a planned trip with its own day
        "Peserta PKA Angkatan II Kabupaten Gowa dijadwalkan benchmarking ke Kota Batam pada Senin (3/6/2024).",
    ],
)
def test_a_trip_dated_by_its_own_day(sentence: str) -> None:
    assert _days(sentence) == [("2024-06-03", "2024-06-03")]


# ---------------------------------------------------------------- the host receives the group
# cues._HOST_RECEIVES read a host receiving "(para|sejumlah|puluhan|N) peserta", or the guests "diterima/disambut
# (langsung) (oleh) Pemkab/Bupati/Sekda …". A group is counted in any words ("belasan", "ratusan", "tiga puluh"),
# is a college's "siswa", "pasis", "praja" or "CPNS" as well, is received warmly ("disambut hangat", "dijamu"),
# and by any head of the host: a governor, a camat, a head of an office ("Kepala Dinas"), an assistant.


@pytest.mark.parametrize(
    "sentence",
    [
        "Bupati Bantaeng menerima belasan peserta PKA dari Sinjai di rumah jabatannya.",
        "Wali Kota Parepare menyambut tiga puluh peserta PKP dari Bone.",
        "Pemkab Barru menerima siswa Sespimmen Polri di aula kantor bupati.",
        "Peserta PKA disambut hangat oleh Bupati Soppeng.",
        "Peserta PKP Angkatan II diterima Gubernur Sulawesi Selatan di rumah jabatan.",
        "Peserta Latsar CPNS dijamu oleh Camat Bajeng di kantornya.",
    ],
)
def test_a_host_receiving_the_group_in_any_words(sentence: str) -> None:
    assert cues.travel_cue(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bupati menerima belasan proposal dari kelompok tani.",
        "Peserta disambut hangat oleh panitia pelatihan di kampus BPSDM.",
    ],
)
def test_a_reception_of_no_group(sentence: str) -> None:
    assert not cues.travel_cue(sentence)


# ---------------------------------------------------------------- a stated purpose of learning from the host
# cues.LEARNING knew the purpose by "belajar", "menimba ilmu", "menggali ilmu/informasi/pengalaman", "mencontoh",
# "meniru", "mencari informasi" …; reports state it too as absorbing knowledge ("menyerap ilmu"), drawing a
# lesson ("memetik/mengambil pelajaran"), seeking inspiration ("mencari/menggali inspirasi") and replicating
# the host's practice ("mereplikasi", "menduplikasi").


@pytest.mark.parametrize(
    "sentence",
    [
        "Kunjungan itu untuk menyerap ilmu pengelolaan sampah dari Pemkot Surabaya.",
        "Para camat ingin memetik pelajaran dari keberhasilan Kabupaten Banyuwangi.",
        "Kami datang untuk mengambil pelajaran dari pengelolaan BUMDes di sini.",
        "Rombongan mencari inspirasi pengelolaan pasar di Kota Solo.",
        "Pemkab berharap dapat mereplikasi inovasi layanan itu di daerahnya.",
        "Mereka ingin menduplikasi model pelayanan terpadu tersebut.",
        "Rombongan menggali inspirasi tentang desa wisata.",
    ],
)
def test_any_words_stating_a_purpose_of_learning(sentence: str) -> None:
    assert cues.LEARNING.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # spending a budget is no learning
        "Dinas itu baru menyerap anggaran 40 persen hingga Juni.",
        # taking over a task
        "Pemprov mengambil alih pengelolaan terminal itu.",
    ],
)
def test_words_that_state_no_learning(sentence: str) -> None:
    assert not cues.LEARNING.search(sentence)


# ---------------------------------------------------------------- learning where the group went
# cues._LEARNING_AT_PLACE read "belajar … di/ke" a Kabupaten, Kota, Pemkab, Desa …; the group learns as well at a
# kelurahan, kecamatan, gampong or kampung, at a host's office ("Dinas", "DPRD", "Kantor Bupati", "Mal Pelayanan
# Publik"), and by "mendalami", "memperdalam" or "mengamati" as well; "datang guna/untuk belajar".


@pytest.mark.parametrize(
    "sentence",
    [
        "Para kepala desa belajar tata kelola BUMDes di Kelurahan Mulyoharjo.",
        "Peserta menimba ilmu di Kecamatan Sukajadi tentang pelayanan terpadu.",
        "Peserta mempelajari pelayanan adminduk di Dinas Kependudukan dan Pencatatan Sipil Makassar.",
        "Mereka mendalami pengelolaan sampah di Kota Batu.",
        "Peserta belajar langsung di Mal Pelayanan Publik Badung.",
        "Rombongan datang guna mempelajari pengelolaan pasar tradisional.",
    ],
)
def test_learning_at_any_place_a_group_goes_to(sentence: str) -> None:
    assert cues.travel_cue(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the training body's own campus
        "Peserta mempelajari modul di Kantor BPSDM Provinsi Jawa Timur selama dua pekan.",
        "Peserta mendalami materi di kelas bersama widyaiswara.",
    ],
)
def test_learning_at_no_place_gone_to(sentence: str) -> None:
    assert not cues.travel_cue(sentence)


# ---------------------------------------------------------------- a council's members counted
# participants read "22 anggota Komisi D DPRD", "15 anggota dewan": a council's members are the travellers of its
# trip. Councils are also DPRK, DPRA (Aceh) and DPRP (Papua); their members sit in a Banggar, Bapemperda, Bamus
# or Badan Anggaran as well as a komisi; and reporters call them "legislator" and "wakil rakyat".


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Rombongan 15 anggota Banggar DPRD Maros melakukan kunjungan kerja ke Kota Batu.", 15),
        ("Rombongan 12 anggota DPRK Aceh Besar studi banding ke Kota Banda Aceh.", 12),
        ("Rombongan 10 anggota Bapemperda DPRD Bone tiba di Kota Makassar.", 10),
        ("Rombongan 9 anggota Badan Anggaran DPRD Gowa tiba di Kota Denpasar.", 9),
        ("Rombongan 8 legislator DPRD Kota Palu studi banding ke Kota Bogor.", 8),
        ("Rombongan 11 wakil rakyat Kabupaten Jeneponto studi banding ke Kota Bogor.", 11),
    ],
)
def test_a_councils_members_counted_in_any_words(sentence: str, count: int) -> None:
    assert count in _counts(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Rombongan 7 anggota koperasi tiba di Kota Batu.", "Kursi DPRD Maros berjumlah 35 kursi sejak 2019."],
)
def test_counts_of_no_council(sentence: str) -> None:
    assert _counts(sentence) == []


# ---------------------------------------------------------------- escorts are not participants
# participants left out the escorts by a sample of their names (pembimbing, pendamping, widyaiswara, panitia,
# pengajar, fasilitator, mentor, staf, official); those who travel with a group to look after it are also its
# "pengasuh" (IPDN's and the police schools' carers), "ajudan", "sopir"/"pengemudi", "protokol", "dosen",
# "pelatih", "narasumber", "tenaga medis".


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Rombongan sebanyak 36 orang, terdiri dari 30 camat serta 6 orang pengasuh.", 30),
        ("Rombongan sebanyak 45 orang, terdiri dari 40 lurah, 3 ajudan dan 2 sopir.", 40),
        ("Rombongan sebanyak 33 orang, terdiri dari 30 kepala desa dan 3 orang protokol.", 30),
        ("Rombongan sebanyak 52 orang, terdiri atas 48 praja dan 4 dosen.", 48),
    ],
)
def test_a_total_less_any_kind_of_escort(sentence: str, count: int) -> None:
    assert _counts(sentence) == [count]


@pytest.mark.parametrize(
    "sentence",
    ["Kegiatan itu melibatkan 6 pengasuh peserta.", "Kegiatan itu melibatkan 4 narasumber peserta."],
)
def test_escorts_counted_before_peserta_are_no_trainees(sentence: str) -> None:
    assert _counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the escorts are the larger part: the staff are the travellers themselves
        ("Rombongan sebanyak 4 orang, terdiri atas 3 orang dosen dan 1 orang sopir.", 4),
        # trainees named as such win over any breakdown
        ("Rombongan sebanyak 36 orang, terdiri dari 30 peserta serta 6 orang pengasuh.", 30),
    ],
)
def test_breakdowns_that_keep_their_count(sentence: str, count: int) -> None:
    assert count in _counts(sentence)


# ---------------------------------------------------------------- an activity with where it goes, hyphenated
# cues.ACTIVITY_TO_PLACE and _STUDY_OF_HOST read the activity's two words split by spaces ("studi banding ke
# Banyuwangi"); as in the vocabulary (programs.json), reports join them with a hyphen too.


@pytest.mark.parametrize(
    "sentence",
    [
        "Para lurah studi-banding ke Banyuwangi pekan lalu.",
        "Peserta melakukan kaji-banding ke Sleman.",
        "Peserta melaksanakan observasi-lapangan di Bantaeng.",
        "Para camat studi-tiru ke Pemkot Surabaya.",
        "Peserta melaksanakan studi-lapangan secara virtual dengan Pemkot Batu.",
    ],
)
def test_a_hyphenated_activity_with_its_place(sentence: str) -> None:
    assert cues.travel_cue(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Hasil studi-banding itu dibahas di kelas.", "Peserta menyusun laporan kaji-banding secara mandiri."],
)
def test_a_hyphenated_activity_with_no_place(sentence: str) -> None:
    assert not cues.travel_cue(sentence)


# ---------------------------------------------------------------- the group counted by the verb that sends it
# participants read the group's size after the verbs that count or send it ("diikuti", "membawa", "mengirim",
# "memberangkatkan", "mengutus" …); a sender also sees a group off ("melepas"), assigns ("menugaskan",
# "mendelegasikan") or deploys it ("menerjunkan"), and an activity involves it ("melibatkan") or is made of it
# ("beranggotakan").


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Bupati Maros melepas 40 ASN yang akan studi banding ke Kota Batu.", 40),
        ("Pemkab Wajo menugaskan 12 pejabat untuk belajar ke Kabupaten Badung.", 12),
        ("Pemkot Palopo mendelegasikan 8 pejabat ke Kota Surabaya.", 8),
        ("Kegiatan studi tiru itu melibatkan 25 kepala desa dari Kabupaten Soppeng.", 25),
        ("Rombongan yang beranggotakan 17 camat itu tiba di Kota Batu.", 17),
        ("Pemkab Bone menerjunkan 30 personel untuk belajar ke Kabupaten Banyuwangi.", 30),
    ],
)
def test_a_group_counted_after_any_verb_that_sends_it(sentence: str, count: int) -> None:
    assert count in _counts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bupati melepas 40 ekor ayam di halaman kantor.",
        "Kegiatan itu melibatkan 25 OPD di lingkungan Pemkab Soppeng.",
    ],
)
def test_sending_words_before_no_people(sentence: str) -> None:
    assert _counts(sentence) == []


# ---------------------------------------------------------------- the first and the last day of a series
# when._SERIES_START read the opening day of a stay of several days as "hari pertama" or "awal rangkaian", and
# _SERIES_END its closing day as "hari terakhir"; reporters also write "hari perdana", "hari pembuka",
# "mengawali/membuka rangkaian", and "hari penutup", "hari pamungkas".

_TRIP = "peserta PKA Angkatan II Kabupaten Gowa studi lapangan ke Kota Batam."


@pytest.mark.parametrize(
    "opening", ["Hari perdana", "Hari pembuka", "Mengawali rangkaian kegiatan", "Membuka rangkaian"]
)
def test_the_first_day_of_a_series_in_any_words(opening: str) -> None:
    assert _days(f"{opening}, Senin (3/6/2024), {_TRIP}") == [("2024-06-03", None)]


@pytest.mark.parametrize("closing", ["hari penutup", "hari pamungkas"])
def test_the_last_day_of_a_series_in_any_words(closing: str) -> None:
    text = f"Peserta {_TRIP[8:]} Pada {closing} kunjungan, Jumat (7/6/2024), peserta belajar di Dinas Pariwisata."
    assert _days(text) == [(None, "2024-06-07")]


@pytest.mark.parametrize(
    "opening",
    ["Pada hari itu", "Hari Senin"],
)
def test_a_day_that_opens_no_series(opening: str) -> None:
    assert _days(f"{opening}, Senin (3/6/2024), {_TRIP}") == [("2024-06-03", "2024-06-03")]


# ---------------------------------------------------------------- a visit named for its purpose of study
# cues._STUDY_VISIT read "kunjungan studi" held or received as a study word; the same visit is a "kunjungan
# belajar" or "kunjungan pembelajaran", and is followed ("mengikuti"), held ("melangsungkan",
# "menyelenggarakan") as well as "melakukan/menggelar" it.


def _describes(text: str) -> bool:
    from diklat_cli.extract import programs

    return cues.describes_visit(text, programs.find_activities(text), [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Para kepala desa melakukan kunjungan pembelajaran ke Desa Ponggok di Klaten.",
        "Pemkab Sinjai menerima kunjungan pembelajaran dari Pemkab Bulukumba.",
        "Para lurah mengikuti kunjungan studi ke Kota Surabaya.",
        "DPRD Maros melangsungkan kunjungan studi ke DPRD Kota Batu.",
        "Dinas Koperasi menyelenggarakan kunjungan studi ke Kabupaten Banyuwangi bagi pengurus koperasi.",
    ],
)
def test_a_study_visit_in_any_words(sentence: str) -> None:
    assert _describes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # talk about trips, not one
        "Pemkab berencana mengurangi kunjungan pembelajaran ke luar daerah tahun ini.",
        "Warga berkunjung ke pasar malam di alun-alun kota.",
    ],
)
def test_visits_named_for_no_study(sentence: str) -> None:
    assert not _describes(sentence)


# ---------------------------------------------------------------- a trip named only as what is not done
# cues._TALK_BEFORE knew a trip only talked of by a budget word or a negation, a habit or a ban ("tanpa", "tak",
# "rajin", "dilarang", "moratorium" …); a trip is also talked of as cut, stopped, limited or refused
# ("memangkas", "menghentikan", "membatasi", "pembatasan", "mengurangi", "menghapus", "menolak", "enggan"), or
# as a hobby ("hobi").


def _only_talk(text: str) -> bool:
    from diklat_cli.extract import programs

    return cues.trips_only_talked_of(text, programs.find_activities(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Gubernur memangkas studi banding pegawai tahun ini.",
        "Bupati menghentikan studi banding ke luar daerah.",
        "Pemprov membatasi kunjungan kerja ke luar provinsi.",
        "Kebijakan pembatasan studi banding berlaku sejak Januari.",
        "DPRD menolak studi banding yang diusulkan sekretariat.",
        "Para anggota dewan dikenal hobi studi banding.",
    ],
)
def test_a_trip_only_talked_of_as_cut_stopped_or_refused(sentence: str) -> None:
    assert _only_talk(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Peserta melaksanakan studi banding ke Kota Batu untuk belajar mengurangi sampah plastik.",
        "Setelah pembatasan dicabut, DPRD melakukan studi banding ke Kota Batu.",
    ],
)
def test_a_trip_that_was_made(sentence: str) -> None:
    assert not _only_talk(sentence)


# ---------------------------------------------------------------- fieldwork told by what was done there
# cues._FIELDWORK_AT_PLACE read research, observation or learning "melakukan/menjalani/melaksanakan" in a village,
# kecamatan or region; the work is also "mengadakan/menggelar" and is a "riset", "survei" or "wawancara", at a
# pekon, jorong or dusun as well, or at a Pemko, Pemprov or Pemerintah.


@pytest.mark.parametrize(
    "sentence",
    [
        "Peserta PKP mengadakan pengamatan di Desa Sukamaju tentang layanan posyandu.",
        "Peserta PKA melakukan riset di dua desa di Kecamatan Bajeng.",
        "Peserta Latsar melaksanakan survei lapangan di Kelurahan Tamalanrea.",
        "Peserta PKP melakukan wawancara di Pekon Sukabumi.",
        "Peserta PKA menggelar observasi di Jorong Koto Baru.",
        "Peserta PKP melakukan pengamatan di Pemko Padang.",
    ],
)
def test_fieldwork_of_any_kind_at_any_place(sentence: str) -> None:
    assert cues.travel_cue(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Peserta PKP melakukan riset di unit kerja masing-masing.",
        "Peserta PKA melakukan wawancara di kelas dengan widyaiswara.",
    ],
)
def test_fieldwork_at_no_place_gone_to(sentence: str) -> None:
    assert not cues.travel_cue(sentence)


# a cohort written as an ordinal word reads the whole number: "Angkatan Kedua Puluh Satu" is cohort 21, not 2
# (the ordinal words were the units and "ke… belas" only)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Angkatan Kedua Puluh Satu", 21),
        ("Angkatan Ketiga Puluh", 30),
        ("angkatan kedua puluh lima", 25),
        ("Angkatan Keempat Puluh Dua", 42),
    ],
)
def test_a_cohort_by_an_ordinal_word_of_tens(written: str, value: int) -> None:
    from diklat_cli.extract.programs import find_cohorts

    assert [c.value for c in find_cohorts(f"Peserta PKA {written} tiba di Kota Batu.")] == [value]


@pytest.mark.parametrize(("written", "value"), [("Angkatan Kedua", 2), ("Angkatan Kedua, puluhan peserta", 2)])
def test_a_cohort_by_an_ordinal_word_of_units(written: str, value: int) -> None:
    from diklat_cli.extract.programs import find_cohorts

    assert [c.value for c in find_cohorts(f"Peserta PKA {written} tiba di Kota Batu.")] == [value]
