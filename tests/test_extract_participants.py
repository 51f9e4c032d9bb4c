"""Participants (extraction family 4): counts, number words, escorts, \"12 dari 48\", and the counters and time
stamps that are no count of travellers. Every sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text, no_visit_signs
from diklat_cli.extract.hosts import _FIRST_ORDINAL, _NEXT_ORDINAL
from diklat_cli.extract.participants import find_participants
from diklat_cli.extract.text import clean_text
from tests.extracted import lokus_of, open_program_names_of, visits_of


def _participants(text: str) -> list[int | None]:
    return [e.visit.participants for e in extract_text(text)]


# the travellers counted by the title they hold: "personil" (how many reports spell personel), a village
# head by its region's title (keuchik, perbekel, kuwu, wali nagari), the foreign service's diplomats
@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "MANADO - Sebanyak 41 personil Sesko TNI dari tiga matra dan Polri melaksanakan Kuliah Kerja "
            "Dalam Negeri di Provinsi Sulawesi Utara pada 5-9 Agustus 2024.",
            41,
        ),
        (
            "CALANG - Sebanyak 64 keuchik dari Kabupaten Aceh Barat melakukan studi banding ke Kabupaten "
            "Sleman, Daerah Istimewa Yogyakarta, Selasa (12/3/2024).",
            64,
        ),
        (
            "Pemerintah Kabupaten Tabanan memberangkatkan 27 perbekel untuk studi banding pengelolaan BUMDes "
            "ke Kabupaten Banyuwangi, Jawa Timur, 14 Mei 2023.",
            27,
        ),
        (
            "Kedatangan 22 diplomat dari Sesdilu Kementerian Luar Negeri ke Kota Salatiga pada Rabu "
            "(7/6/2023) disambut Wali Kota.",
            22,
        ),
        (
            "Bupati Cirebon mengirim 35 kuwu mengikuti studi banding ke Kabupaten Gianyar, Bali, Kamis (2/2/2023).",
            35,
        ),
    ],
)
def test_travellers_counted_by_their_title(text: str, count: int) -> None:
    assert _participants(text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        # the region's own village heads, counted as a fact about the host, not as travellers
        "Kabupaten Gianyar memiliki 64 perbekel yang seluruhnya sudah menerapkan aplikasi desa digital.",
        # how long a keuchik serves, not a head count
        "Masa jabatan keuchik kini 8 tahun, kata Kepala Dinas PMG Aceh Barat.",
    ],
)
def test_title_words_that_count_no_travellers(text: str) -> None:
    assert [m.value for m in find_participants(text)] == []


def test_village_bodies_of_a_region_are_its_people():
    from diklat_cli.extract.places import sender_weight

    assert sender_weight("para pengelola Bumdes dan pemerintahan desa di ", " mengikuti") == 3.0
    assert sender_weight("direktur Bumdes di ", " berangkat") == 3.0
    assert sender_weight("belajar ke Bumdes di ", " yang maju") == 0.0


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Sebanyak 27 perangkat desa dari Kecamatan Woja melakukan studi banding ke Kabupaten Badung.", 27),
        ("Sebanyak 14 pengurus BUMDes melakukan studi banding ke Desa Ponggok.", 14),
    ],
)
def test_village_officials_and_board_members_are_counted(text, count):
    assert [p.value for p in find_participants(text)] == [count]


def test_perangkat_daerah_are_offices_not_people():
    assert find_participants("Sebanyak 5 perangkat daerah menjadi lokasi studi banding.") == []


def test_the_host_receiving_a_visit_of_n_people_counts_them():
    text = "Desa Bone-Bone menerima kunjungan studi banding 31 kepala desa asal Kabupaten Wajo."
    assert [p.value for p in find_participants(text)] == [31]


@pytest.mark.parametrize(
    "text",
    [
        "Anggota Komisi I DPRD Kabupaten Sambas melakukan studi banding ke Kabupaten Sanggau, Rabu (8/5/2024)."
        " Rombongan diterima Ketua DPRD Sanggau di gedung dewan.",
        "SANGGAU - Pimpinan DPRD Sanggau kedatangan rombongan DPRD Kabupaten Sambas, Rabu (8/5/2024)."
        " Mereka belajar penyusunan perda desa wisata.",
        "Pansus IV DPRD Kabupaten Sambas studi banding ke Kabupaten Sanggau, Rabu (8/5/2024)."
        ' "Kami belajar bersama DPRD Sanggau," kata ketua pansus.',
    ],
)
def test_a_council_meets_its_counterpart(text):
    assert lokus_of(text) == [["DPRD"]]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ia menyebut kedatangan 22 orang itu untuk mempelajari layanan perizinan.", 22),
        ("Kedatangan 40 kepala sekolah dari berbagai kabupaten itu disambut kepala dinas.", 40),
        ("Kedatangan rombongan bertepatan dengan 3 hari menjelang festival.", None),
        # any verb of receiving (verbs.RECEIVING) before the count of guests
        ("Pemerintah desa menjamu 35 kepala desa dari Kabupaten Pati di balai desa.", 35),
        ("Bupati menyambut kunjungan kerja 18 anggota DPRD dari Kabupaten Blora.", 18),
        ("Dinas itu kedatangan kunjungan studi 27 kepala desa dari Kabupaten Grobogan.", 27),
        # a count of days, not of people received
        ("Pemerintah desa menjamu rombongan selama 2 hari di desa wisata.", None),
    ],
)
def test_the_arrival_counted(text, count):
    found = find_participants(text)
    assert (found[0].value if found else None) == count


@pytest.mark.parametrize(
    ("pattern", "text", "hit"),
    [
        (_FIRST_ORDINAL, "mengunjungi tiga desa, yakni pertama Desa Kandri", True),
        (_FIRST_ORDINAL, "Pertama kali rombongan datang ke Desa Kandri", False),
        (_NEXT_ORDINAL, "Kedua Desa Lerep yang merupakan desa pegunungan.", True),
        (_NEXT_ORDINAL, "Lalu Desa Tambak Lorok yang merupakan desa nelayan.", True),
        # "kedua desa itu" is "both villages", no next item
        (_NEXT_ORDINAL, "Kedua desa itu punya potensi wisata.", False),
    ],
)
def test_ordinals_of_a_list_counted_in_words(pattern, text, hit):
    found = pattern.search(text) if pattern is _FIRST_ORDINAL else pattern.match(text)
    assert (found is not None) == hit


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Sebanyak 40 kader Posyandu Kota Pariaman melakukan studi banding ke Kota Padang Panjang, Kamis"
            " (5/9/2024), untuk belajar soal gizi balita.",
            40,
        ),
        (
            "PONTIANAK - Dua puluh lima penyuluh pertanian Kabupaten Sambas berangkat studi banding ke Kabupaten"
            " Malang, Senin (2/9/2024).",
            25,
        ),
        (
            "Sebanyak 18 mitra Dinas Sosial Provinsi Jambi yang tergabung dalam karang taruna berangkat studi"
            " banding ke Kota Surakarta, Selasa (3/9/2024).",
            18,
        ),
    ],
)
def test_cadres_and_partners_sent_on_a_trip_are_counted(text, count):
    assert _participants(text) == [count]


@pytest.mark.parametrize(
    "tail",
    [
        "Menurut Wali Kota, di kota itu terdapat sebanyak 120 kader posyandu yang aktif.",
        "Pemkot telah menggandeng sebanyak 12 mitra swasta untuk program itu.",
    ],
)
def test_a_hosts_own_cadres_are_not_the_group(tail):
    text = (
        "Rombongan Pemerintah Kabupaten Sambas melakukan studi banding ke Kota Padang Panjang, Kamis (5/9/2024)."
        " Mereka belajar soal gizi balita. " + tail
    )
    assert _participants(text) == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Para peserta Bimtek Pengelolaan Keuangan Desa melakukan studi banding ke Kabupaten Badung.",
            "Bimtek Pengelolaan Keuangan Desa",
        ),
        ("Sebanyak 30 peserta Bimtek Penyusunan SAKIP berkunjung ke Kota Batam.", "Bimtek Penyusunan SAKIP"),
        (
            "Peserta Bimbingan Teknis Pengelolaan BUMDes yang sudah dimulai Senin juga belajar ke Desa Ponggok.",
            "Bimbingan Teknis Pengelolaan BUMDes",
        ),
    ],
)
def test_a_technical_course_named_after_its_participants(text, name):
    assert open_program_names_of(text) == [name]


def _counts_found(text: str) -> list[int]:
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
    assert count in _counts_found(text)


def test_mengutus_does_not_count_an_escort_unit():
    # near-miss: what is sent is widyaiswara escorting, not the travellers
    assert 3 not in _counts_found("Balai itu mengutus 3 widyaiswara untuk mendampingi rombongan.")


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
    assert _counts_found(text)[0] == count


# a total whose parts are each named before their number, after "terdiri dari" or a colon ("rombongan 60 orang:
# pasis 45, pembimbing dan staf 15", docs/schema.md "A leader and a stated count"): the trainees' part is the count
@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Rombongan berjumlah 52 orang, terdiri dari pimpinan dan staf 8 orang, pasis 40 orang, serta "
            "pendukung 4 orang.",
            40,
        ),
        ("Rombongan yang tiba di Kota Ambon berjumlah 38 orang: peserta 30, pembimbing dan panitia 8.", 30),
    ],
)
def test_a_breakdown_naming_each_part_before_its_number_counts_the_trainees(text, count):
    assert _counts_found(text)[0] == count


# the total's make-up told in the next sentence, opened by "Di antaranya" or "Dari N orang itu": those who serve the
# group (staff, expert staff) are taken away from it
@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Rombongan Komisi B yang datang ke Kota Batam seluruhnya 18 orang. Di antaranya ada dua tenaga ahli "
            "komisi yang ikut mendampingi.",
            16,
        ),
        (
            "Kunjungan kerja Komisi A ke Kota Batam diikuti 15 orang. Dari 15 orang itu, 14 orang anggota komisi dan "
            "seorang staf sebagai pendamping.",
            14,
        ),
    ],
)
def test_a_total_broken_down_in_the_next_sentence_leaves_out_its_servers(text, count):
    assert _counts_found(text)[0] == count


# every kind of government people who travel, counted or "para": village heads by local titles, staff, envoys
@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 12 perbekel dari Kabupaten Buleleng berangkat ke Kabupaten Banyuwangi.",
        "Para keuchik se-Kecamatan Peusangan belajar pengelolaan dana desa ke Kabupaten Bireuen.",
        "Sejumlah staf Bagian Organisasi Setda Kota Tegal datang ke Kota Pekalongan.",
        "Para ketua RT dan RW Kota Depok berkunjung ke Kota Bandung.",
    ],
)
def test_every_kind_of_government_people_travels(text: str) -> None:
    assert no_visit_signs._TRAVELLERS.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # people of a kind, neither counted nor a group
        "Ketua panitia menjelaskan jadwal kegiatan kepada wartawan.",
        "Staf ahli bupati membacakan sambutan tertulis.",
    ],
)
def test_uncounted_people_are_no_group(text: str) -> None:
    assert no_visit_signs._TRAVELLERS.search(text) is None


def _visits(text: str):
    return [e.visit for e in extract_text(clean_text(text))]


# ---------------------------------------------------------------- 1. a page's hit counter is no head count
# "245 kali dibaca", "Dibaca 312 kali", "Dilihat: 88", "1572 views" stand by the headline; the number counts
# readings, and a headline below it that opens with "Peserta" does not make it a count of trainees.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Admin | 12 Maret 2023 | 245 kali dibaca\n\nPeserta PKP Kabupaten Gowa Studi Lapangan ke Kabupaten "
            "Bantaeng\n\nBantaeng – Sebanyak 32 peserta PKP Angkatan III Kabupaten Gowa melaksanakan studi "
            "lapangan ke Pemerintah Kabupaten Bantaeng, Kamis (9/3/2023).",
            32,
        ),
        (
            "Redaksi | Rabu, 14 Juni 2023 | Dibaca 312 kali\n\nPeserta PKA Kota Kupang Belajar ke Kabupaten Badung"
            "\n\nBadung – Peserta PKA Angkatan II Kota Kupang melakukan studi lapangan ke Pemerintah Kabupaten "
            "Badung, Senin (12/6/2023). Sebanyak 30 peserta belajar di Mal Pelayanan Publik.",
            30,
        ),
        (
            "Dilihat: 57\n\nPeserta Latsar CPNS Kota Palu Kunjungi Kabupaten Sigi\n\nSigi – Peserta Latsar CPNS "
            "Angkatan VII Kota Palu melakukan studi lapangan ke Kabupaten Sigi, Jumat (16/6/2023).",
            None,
        ),
        (
            "Peserta Diklatpim IV Kabupaten Bima Kunjungi Kota Mataram\n  • 88 views\n\nMataram – Para peserta "
            "Diklatpim IV Angkatan I Kabupaten Bima melaksanakan benchmarking ke Pemerintah Kota Mataram, Selasa "
            "(7/2/2023).",
            None,
        ),
    ],
)
def test_hit_counter_is_no_head_count(text: str, want: int | None) -> None:
    visits = _visits(text)
    assert visits
    assert visits[0].participants == want


# near-misses: a count on the headline's own line, and a count wrapped onto the next line of a paragraph
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("40 Peserta Latsar Kota Palu Kunjungi Kabupaten Sigi", 40),
        ("Kegiatan itu diikuti sebanyak 36\norang peserta dari Kabupaten Sintang.", 36),
    ],
)
def test_counts_beside_a_counter_still_read(text: str, want: int) -> None:
    assert [m.value for m in find_participants(text)] == [want]


# ---------------------------------------------------------------- 2. the host's members are not the guests
# The agent of a passive verb of receiving ("diterima oleh", "disambut", "ditemui", "dijamu") is the host:
# a count written there counts the councillors or officials who received the group.
@pytest.mark.parametrize(
    "text",
    [
        "Komisi I DPRD Kabupaten Sumbawa melakukan kunjungan kerja ke DPRD Kota Denpasar, Kamis (9/2/2023). "
        "Rombongan diterima oleh 12 anggota Komisi II DPRD Kota Denpasar di ruang rapat gabungan.",
        "Komisi A DPRD Kabupaten Kudus melakukan studi banding ke DPRD Kota Semarang, Senin (13/3/2023). "
        "Kedatangan mereka disambut 8 anggota Komisi A DPRD Kota Semarang.",
        "Komisi III DPRD Kabupaten Pringsewu mengadakan studi banding ke DPRD Kota Metro, Rabu (22/2/2023). "
        "Rombongan diterima sebanyak 10 anggota DPRD Kota Metro di ruang sidang utama.",
        "Badan Anggaran DPRD Kabupaten Rejang Lebong melakukan studi banding ke DPRD Kota Bengkulu, Kamis "
        "(2/3/2023). Mereka hanya ditemui lima anggota Badan Anggaran DPRD Kota Bengkulu.",
        "Pansus II DPRD Kabupaten Kapuas melakukan kunjungan kerja ke DPRD Kota Palangka Raya, Selasa "
        "(7/3/2023). Rombongan dijamu langsung oleh tujuh legislator DPRD Kota Palangka Raya.",
    ],
)
def test_host_members_are_not_the_guests(text: str) -> None:
    visits = _visits(text)
    assert visits
    assert visits[0].participants is None


# near-misses: the guests counted by the host's active verb, and the group counted before the passive verb
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "DPRD Kota Metro menerima 14 anggota Komisi III DPRD Kabupaten Pringsewu yang melakukan studi banding, "
            "Rabu (22/2/2023).",
            14,
        ),
        (
            "Sebanyak 14 anggota Komisi III DPRD Kabupaten Pringsewu melakukan studi banding ke DPRD Kota Metro, "
            "Rabu (22/2/2023). Mereka diterima Ketua DPRD Kota Metro.",
            14,
        ),
    ],
)
def test_guests_counted_by_the_host_still_read(text: str, want: int) -> None:
    visits = _visits(text)
    assert visits
    assert visits[0].participants == want


# ---------------------------------------------------------------- 3. journalists taken along are not counted
# A government often takes the reporters who cover it on its study trip ("mengajak 11 orang wartawan",
# "15 jurnalis ikut", "satu awak media"): they report the trip, they do not learn on it.
@pytest.mark.parametrize(
    "text",
    [
        "Komisi II DPRD Kabupaten Klaten melakukan studi banding ke DPRD Kota Mataram, Selasa (5/9/2023). "
        "Studi banding itu juga mengajak sebanyak 9 orang wartawan yang biasa meliput kegiatan dewan.",
        "Bagian Protokol Setda Kabupaten Sragen melaksanakan studi banding ke Kabupaten Badung, Rabu (6/9/2023). "
        "Sebanyak 12 jurnalis yang bertugas di Sragen ikut dalam rombongan.",
        "Pemerintah Kabupaten Pati menggelar studi tiru ke Kota Batu, Kamis (7/9/2023), dengan membawa 14 orang "
        "awak media.",
        "Dinas Kominfo Kabupaten Blora melakukan studi banding ke Kota Madiun, Jumat (8/9/2023). Kunjungan itu "
        "diikuti 10 insan pers dari berbagai media lokal.",
    ],
)
def test_journalists_along_are_not_counted(text: str) -> None:
    visits = _visits(text)
    assert visits
    assert visits[0].participants is None


# near-misses: the learners counted beside the journalists, and a total broken down into staff and journalists
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 25 pegawai Dinas Kominfo Kabupaten Blora bersama 6 wartawan melakukan studi banding ke Kota "
            "Madiun, Jumat (8/9/2023).",
            25,
        ),
        (
            "Pemerintah Kabupaten Pati melakukan studi tiru ke Kota Batu, Kamis (7/9/2023). Rombongan berjumlah "
            "30 orang, terdiri dari 24 pejabat dan 6 wartawan.",
            24,
        ),
    ],
)
def test_learners_beside_journalists_still_counted(text: str, want: int) -> None:
    visits = _visits(text)
    assert visits
    assert visits[0].participants == want


# ---------------------------------------------------------------- 4. the count that opens a lead after its day
# A lead may open with when ("Pekan ini", "Tadi pagi", "Senin (3/7),") or how exact ("Sekitar") before the
# count of the group it sends: the count is still the group's.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lurah Kota Kendari Belajar ke Bandung\n\nKENDARI – Pekan ini 28 lurah se-Kota Kendari dijadwalkan "
            "berangkat studi banding ke Kota Bandung.",
            28,
        ),
        (
            "Camat Garut ke Surabaya\n\nSURABAYA – Senin (3/7/2023), 25 camat se-Kabupaten Garut melakukan studi "
            "banding ke Pemerintah Kota Surabaya.",
            25,
        ),
        (
            "Kades Kendal Belajar BUMDes\n\nKLATEN – Sekitar 40 kepala desa asal Kabupaten Kendal ikut dalam "
            "kunjungan studi tiru ke Desa Ponggok, Kabupaten Klaten, Rabu (5/4/2023).",
            40,
        ),
        (
            "Perangkat Desa Tabanan ke Banyuwangi\n\nBANYUWANGI – Tadi pagi, kurang lebih 30 perangkat desa dari "
            "Kabupaten Tabanan tiba di Banyuwangi untuk studi banding desa adat, Kamis (6/4/2023).",
            30,
        ),
    ],
)
def test_count_opening_lead_after_its_day(text: str, want: int) -> None:
    visits = _visits(text)
    assert visits
    assert visits[0].participants == want


# near-misses: a count after a day that tells no trip in its sentence, and a day before a count of regions
@pytest.mark.parametrize(
    "text",
    [
        "BANTUL – Senin (3/7/2023), 40 pegawai Dinas Pariwisata menggelar apel pagi di halaman kantor.",
        "BANTUL – Pekan ini 3 kabupaten melakukan studi banding ke Desa Panggungharjo.",
    ],
)
def test_day_before_other_counts_gives_none(text: str) -> None:
    assert find_participants(text) == []


# ---------------------------------------------------------------- the group's size after a verb of counting it
# "sebanyak 40 pejabat", "diikuti 45 orang", "membawa 70 orang": a verb (or "sebanyak") before a count of
# people. Reporters round the count ("diikuti sekitar 40 orang", "membawa kurang lebih 30 camat", "sedikitnya
# 25 ASN"), and name more of the people a government sends (CPNS, delegasi, utusan, sekdes, aparat, pimpinan).


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
    assert count in _counts_found(sentence)


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
    assert _counts_found(sentence) == []


# every way reporters round a count or give it as a floor stands before the count alike (numbers.json's
# "approximately"): "sekira", "kira-kira", "lebih kurang" (as well as "kurang lebih"), "paling tidak"; the
# count is the group's size as firmly as an exact one (a strong mention, not a bare "N orang")
@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Rombongan sekira 45 orang itu tiba di Kabupaten Jembrana untuk studi tiru.", 45),
        ("Rombongan yang jumlahnya kira-kira 33 orang disambut Sekda Kota Blitar.", 33),
        ("Rombongan Pemkab Ende yang berjumlah lebih kurang 27 personil datang ke Kota Kupang.", 27),
        ("Bupati memboyong paling tidak 19 kepala dinas ke Kabupaten Sumedang.", 19),
    ],
)
def test_a_count_rounded_by_any_word_for_about(sentence: str, count: int) -> None:
    assert (count, True) in [(m.value, m.strong) for m in find_participants(sentence)]


# a count in digits rounded by its ending ("30-an orang", "200an peserta": some thirty, some two hundred) is
# the count as written, as after "sekitar" (numbers.json's "rounded_suffix"); a decade is no count
@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Rombongan Pemkab Garut yang berjumlah 30-an orang tiba di Kota Madiun untuk studi tiru.", 30),
        ("Bupati membawa sekitar 60-an kepala desa ke Kabupaten Klaten.", 60),
        ("Sebanyak 200an peserta Latsar berangkat ke Kota Yogyakarta.", 200),
    ],
)
def test_a_count_rounded_by_its_ending(sentence: str, count: int) -> None:
    assert (count, True) in [(m.value, m.strong) for m in find_participants(sentence)]


def test_a_decade_is_no_rounded_count() -> None:
    assert find_participants("Sejak tahun 1990-an anggota DPRD itu rutin belajar ke Jakarta.") == []


# a party told by its kinds of people, one counted, then by its whole: all of it learns and the whole is its count;
# not when those beside the count serve it, nor when the count is of trainees
@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Wali Kota, Sekda, para kepala dinas, serta 25 anggota DPRD Kota Blitar ikut studi banding ke Kota"
            " Batu. Jumlah rombongan seluruhnya sekitar 70 orang.",
            70,
        ),
        (
            "Studi tiru ke Kabupaten Badung diikuti 12 camat dan 30 lurah se-Kota Kediri. Rombongan itu seluruhnya"
            " berjumlah 55 orang.",
            55,
        ),
        (
            "Studi banding ke Kota Batu diikuti 25 anggota DPRD Kota Blitar dan 5 staf Sekretariat DPRD. Jumlah"
            " rombongan seluruhnya 30 orang.",
            25,
        ),
        (
            "Kepala BPSDM, widyaiswara, serta 40 peserta PKP mengikuti studi lapangan ke Kota Batu. Rombongan"
            " seluruhnya berjumlah 48 orang.",
            40,
        ),
    ],
)
def test_a_whole_told_after_one_kind_of_its_people(sentence: str, count: int) -> None:
    assert _counts_found(sentence)[:1] == [count]


def test_a_lead_count_rounded_by_any_word_for_about() -> None:
    text = (
        "Pegawai BPBD Belajar ke Sleman\n\nSLEMAN – Paling tidak 31 pegawai BPBD Kabupaten Kebumen ikut dalam "
        "studi tiru ke BPBD Kabupaten Sleman, Selasa (4/7/2023)."
    )
    visits = _visits(text)
    assert visits
    assert visits[0].participants == 31


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
    assert count in _counts_found(sentence)


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
    assert _counts_found(sentence) == []


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
    assert count in _counts_found(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Rombongan 7 anggota koperasi tiba di Kota Batu.", "Kursi DPRD Maros berjumlah 35 kursi sejak 2019."],
)
def test_counts_of_no_council(sentence: str) -> None:
    assert _counts_found(sentence) == []


# ... and by the council's body alone, once the report has named the council: "sebelas anggota Badan Legislasi",
# "tujuh anggota Komisi C", "sembilan anggota Pansus II" are the council's travellers as "N anggota DPRD" are (a
# komisi by its letter or number; never "anggota komisi yang …", nor the members of a body of no council)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Menurut Ketua DPR, sebelas anggota Badan Legislasi akan berangkat ke Seoul pekan depan.", 11),
        ("Di Kota Batu, 7 anggota Komisi C menggali pengalaman pengelolaan pasar.", 7),
        ("Kata Wakil Ketua DPRD, sembilan anggota Pansus II melakukan kunjungan kerja ke Kota Bandung.", 9),
        ("Dia menyebut 12 anggota Bapemperda sudah tiba di Kabupaten Badung sejak pagi.", 12),
    ],
)
def test_a_councils_members_counted_by_its_body_alone(sentence: str, count: int) -> None:
    assert count in _counts_found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Menurutnya, 5 anggota komisi yang hadir menyetujui laporan itu.",
        "Kata dia, 20 anggota Badan Usaha Milik Desa mengikuti pelatihan di balai desa.",
    ],
)
def test_members_of_no_council_body_are_not_counted(sentence: str) -> None:
    assert _counts_found(sentence) == []


# ---------------------------------------------------------------- the group a trip is held for
# A body that holds a trip counts the group it is for after "untuk" or "bagi": "menggelar studi banding bagi 30
# kepala desa", "memfasilitasi kunjungan kerja untuk 25 pejabat", or a trip told by where it goes ("mengadakan
# pelatihan untuk 148 kepala desa ke Kabupaten X"): those counted are the travellers.


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Dinas PMD menggelar studi banding bagi 30 kepala desa ke Kabupaten Badung, Senin (2/9/2024).", 30),
        ("Pemkab memfasilitasi kunjungan kerja untuk 25 pejabat eselon III ke Kota Surabaya.", 25),
        ("Pemkab Lebak mengadakan peningkatan kapasitas untuk 120 kepala desa ke Kabupaten Banyuwangi.", 120),
        ("Kecamatan menyelenggarakan kaji banding bagi 15 lurah di wilayahnya.", 15),
    ],
)
def test_the_group_a_trip_is_held_for_is_counted(sentence: str, count: int) -> None:
    assert count in _counts_found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a course held at home for a group: no trip told
        "Pemprov menggelar retret kepemimpinan di Kota Kupang untuk 677 pejabat struktural.",
        # a grant or a place for people, no trip
        "Bupati menyerahkan bantuan untuk 40 kepala desa di aula kantor bupati.",
    ],
)
def test_a_group_served_at_home_is_not_counted(sentence: str) -> None:
    assert _counts_found(sentence) == []


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
    assert _counts_found(sentence) == [count]


@pytest.mark.parametrize(
    "sentence",
    ["Kegiatan itu melibatkan 6 pengasuh peserta.", "Kegiatan itu melibatkan 4 narasumber peserta."],
)
def test_escorts_counted_before_peserta_are_no_trainees(sentence: str) -> None:
    assert _counts_found(sentence) == []


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
    assert count in _counts_found(sentence)


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
    assert count in _counts_found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bupati melepas 40 ekor ayam di halaman kantor.",
        "Kegiatan itu melibatkan 25 OPD di lingkungan Pemkab Soppeng.",
    ],
)
def test_sending_words_before_no_people(sentence: str) -> None:
    assert _counts_found(sentence) == []


# ---------------------------------------------------------------- a year is no count of travellers
# a number of people was read from any number before "anggota DPRD", "kader", "peserta": a year after a word of
# time ("Pada 2019 anggota DPRD …", "Sejak 2021 kader …", "Tahun 2023 peserta …") was read as 2019 travellers.


@pytest.mark.parametrize(
    "sentence",
    [
        "Pada 2019 anggota DPRD Kabupaten Blitar melakukan studi banding ke Kota Batu.",
        "Sejak 2021 kader posyandu desa itu belajar ke Kabupaten Malang.",
        "Tahun 2023 peserta pelatihan mengikuti studi banding ke Kota Batu.",
        "Hingga 2024 anggota dewan tercatat tiga kali studi banding ke Bali.",
    ],
)
def test_a_year_is_no_count(sentence: str) -> None:
    assert all(not 1900 <= v <= 2099 for v in _counts_found(sentence))


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Sebanyak 25 anggota DPRD Kabupaten Blitar studi banding ke Kota Batu.", 25),
        ("Pada 2019, 30 peserta studi banding ke Kota Batu.", 30),
    ],
)
def test_a_count_after_a_year_is_still_one(sentence: str, count: int) -> None:
    assert count in _counts_found(sentence)


# ---------------------------------------------------------------- a college's whole intake is no visit's count
# A national college tells the size of all its trainees, broken down by the services and ranks they come from,
# while its cohort is spread over several regions: that count is not the group at the host.


@pytest.mark.parametrize(
    "text",
    [
        "Total pasis seluruhnya 120 orang, yakni 110 perwira TNI dan 10 perwira negara sahabat. Mereka tersebar "
        "di empat provinsi.",
        "Jumlah perwira siswa seluruhnya sebanyak 96 orang, dengan rincian TNI AD 40 orang, TNI AL 30 orang dan "
        "TNI AU 26 orang.",
        "Pendidikan ini diikuti dengan jumlah peserta didik 88 peserta. Ke-88 peserta itu terdiri dari 80 Pamen "
        "Polri dan delapan PNS.",
        "Secara keseluruhan 64 orang, terdiri atas 50 orang perwira Polri dan 14 orang perwira TNI, menjalani "
        "program di sejumlah daerah.",
    ],
)
def test_a_colleges_whole_intake_is_not_counted(text: str) -> None:
    assert _counts_found(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the group at the host broken down by service, not said of all; all of a group with no breakdown
        ("Rombongan sebanyak 25 personil, masing-masing TNI AD 5 orang, Polri 5 orang dan ASN 15 orang.", 25),
        ("Seluruhnya ada 140 orang yang menjalani praktik lapangan di Kabupaten Sintang.", 140),
        ("Rombongan berjumlah total 25 orang, terdiri dari 10 perwira TNI dan 15 ASN kementerian.", 25),
    ],
)
def test_other_counts_of_all_stand(text: str, count: int) -> None:
    assert _counts_found(text)[0] == count


# ---------------------------------------------------------------- the state schools' own names for their trainees
# Each school counts its trainees by its own word: IPDN's "praja", an academy's "taruna"/"taruni"/"kadet", the
# police staff college's "serdik", as staff colleges' "pasis".


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Tercatat 120 praja akan menjalani praktik lapangan di Kabupaten Landak.", 120),
        ("Kunjungan itu diikuti 45 taruna Akademi Militer tingkat akhir.", 45),
        ("Sedikitnya tiga puluh serdik Sespimmen hadir dalam diskusi di Mapolres.", 30),
        ("Ke-60 taruna tersebut lalu berkeliling ke Dinas Perhubungan.", 60),
    ],
)
def test_school_trainees_counted_by_their_name(text: str, count: int) -> None:
    assert count in _counts_found(text)


@pytest.mark.parametrize(
    "text",
    [
        # one of them named, and a year before the cadets
        "Salah satu taruna Akpol, Rizky, bertanya soal ketertiban di Kantor Bupati.",
        "Pada 2019 taruna Akademi Kepolisian pernah datang ke Kabupaten Gresik.",
    ],
)
def test_no_trainee_count(text: str) -> None:
    assert _counts_found(text) == []


# ---------------------------------------------------------------- 3. the host counts the guests of the visit it names
# A host's report names the visit it received, by any name of the trip or of the group, then counts the
# guests ("menerima studi banding 25 pegawai", "kedatangan rombongan 35 kepala desa"), as "menerima kunjungan
# 25 pegawai" does: that count is the group's.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bantul - Pemerintah Kalurahan Wirokerten kedatangan rombongan 35 kepala desa dari Kabupaten Tanggamus, "
            "Kamis (14/11/2024), yang melakukan studi tiru pengelolaan BUMDes.",
            35,
        ),
        (
            "Lembang - Balai pelatihan itu menerima kunjungan studi banding 20 penyuluh pertanian dari Dinas "
            "Pertanian Kabupaten Ketapang, Selasa (8/10/2024), untuk belajar budidaya sayuran.",
            20,
        ),
        (
            "Rembang - Pabrik semen di Rembang menerima studi banding 25 pegawai Perumda Air Minum Kabupaten "
            "Batang, Rabu (21/2/2024). Rombongan belajar pengelolaan CSR.",
            25,
        ),
        (
            "Cilacap - Bupati Cilacap menyambut delegasi 18 pejabat Pemerintah Kabupaten Kebumen yang "
            "melakukan kaji banding pelayanan perizinan, Senin (3/6/2024).",
            18,
        ),
    ],
)
def test_host_counts_the_guests_of_the_visit(text: str, want: int) -> None:
    assert _participants(text) == [want]


# near-misses: a number after the received visit that counts no people (bodies, days)
@pytest.mark.parametrize(
    "text",
    [
        "Sragen - Pemkab Sragen menerima kunjungan kerja 3 komisi DPRD Kabupaten Ngawi, Selasa (10/9/2024), "
        "yang belajar pengelolaan pasar tradisional.",
        "Magelang - Pemkot Magelang menerima kunjungan kerja 2 hari dari DPRD Kabupaten Wonosobo, Senin "
        "(9/9/2024) dan Selasa (10/9/2024), tentang penataan pedagang kaki lima.",
    ],
)
def test_host_counts_near_misses(text: str) -> None:
    assert _participants(text) == [None]


# ---------------------------------------------------------------- 2. "sejumlah N" counts as "sebanyak N"
# Reports open a head count with "sejumlah" as they do with "sebanyak" ("sejumlah 40 peserta Diklat", "sejumlah
# 60 Peserta", "peserta sejumlah 35 peserta": field fb-25, ha-05, ha-22); the word before a number counts the
# group whatever word for its people follows.
@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("SUMEDANG - Sejumlah 30 camat Kota Bandung studi banding ke Kabupaten Sumedang, Rabu (19/7/2023).", 30),
        (
            "Pemerintah Kabupaten Pati menerima sejumlah 22 kepala desa dari Kabupaten Rembang yang "
            "melaksanakan studi tiru, Kamis (7/9/2023).",
            22,
        ),
        (
            "MATARAM - Kegiatan studi banding ke Kota Mataram diikuti sejumlah 18 lurah dari Kota Bima, "
            "Selasa (5/12/2023).",
            18,
        ),
        (
            "Sejumlah 45 perangkat desa Kabupaten Wonosobo belajar ke Desa Wisata Pentingsari, Kabupaten "
            "Sleman, Sabtu (2/9/2023).",
            45,
        ),
    ],
)
def test_sejumlah_opens_a_count(text: str, n: int) -> None:
    assert n in _participants(text)


# near misses: "sejumlah" without a number ("several"), and before a count of days
@pytest.mark.parametrize(
    "text",
    [
        "SUMEDANG - Sejumlah camat Kota Bandung studi banding ke Kabupaten Sumedang, Rabu (19/7/2023).",
        "SUMEDANG - Camat Kota Bandung studi banding ke Kabupaten Sumedang sejumlah 3 hari, mulai Rabu (19/7/2023).",
    ],
)
def test_sejumlah_without_people_counts_nobody(text: str) -> None:
    assert _participants(text) == [None]


# ---------------------------------------------------------------- 3. a village head by its region's title
# A village head counts by any region's title for it (the class already holds keuchik, perbekel, kuwu, peratin,
# wali nagari; read kj-10 writes Sulawesi Utara's "sangadi", as reports from Minahasa write "hukum tua" and from
# Kalimantan Selatan "pambakal").
@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "Sebanyak 28 sangadi Kabupaten Bolaang Mongondow Utara melaksanakan studi tiru ke Desa Wisata "
            "Pentingsari, Kabupaten Sleman, Selasa (12/9/2023).",
            28,
        ),
        (
            "TONDANO - Kegiatan studi banding ke Kabupaten Badung diikuti 40 hukum tua dari Kabupaten Minahasa, "
            "Rabu (13/9/2023).",
            40,
        ),
        (
            "MARTAPURA - Pemkab Banjar memberangkatkan 25 pambakal studi banding ke Kabupaten Banyuwangi, "
            "Senin (11/9/2023).",
            25,
        ),
        (
            "Sejumlah 33 sangadi dari Kabupaten Bolaang Mongondow Timur belajar ke Desa Ponggok, Kabupaten "
            "Klaten, Kamis (14/9/2023).",
            33,
        ),
    ],
)
def test_village_head_by_regional_title(text: str, n: int) -> None:
    assert n in _participants(text)


# near misses: the title without a number, and a number of something else beside the title
@pytest.mark.parametrize(
    "text",
    [
        "Para sangadi Kabupaten Bolaang Mongondow Utara melaksanakan studi tiru ke Desa Wisata Pentingsari, "
        "Kabupaten Sleman, Selasa (12/9/2023).",
        "Sangadi Kabupaten Bolaang Mongondow Utara melaksanakan studi tiru selama 3 hari ke Desa Wisata "
        "Pentingsari, Kabupaten Sleman, mulai Selasa (12/9/2023).",
    ],
)
def test_village_head_title_without_count(text: str) -> None:
    assert _participants(text) == [None]


# the travelling party named by its size right after the word for it ("rombongan 35 orang", "delegasi 20 peserta")
@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "GOWA - Pemerintah Kabupaten Gowa menerima studi tiru Pemerintah Kabupaten Sinjai, Senin (14/8/2023). "
            "Rombongan 35 orang itu dipimpin Asisten Pemerintahan Kabupaten Sinjai.",
            35,
        ),
        (
            "MAKASSAR - Rombongan 22 orang pejabat Pemerintah Kabupaten Bone melakukan studi banding ke Pemerintah "
            "Kota Makassar, Kamis (2/11/2023).",
            22,
        ),
        (
            "PADANG - Pemkot Padang menerima kaji banding Pemerintah Kota Tanjungpinang soal pengelolaan pasar, "
            "Rabu (6/3/2024). Delegasi 18 orang itu dipimpin Asisten Perekonomian.",
            18,
        ),
        (
            "SOLOK - Kontingen sekitar 40 peserta PKP Kabupaten Dharmasraya tiba di Kota Solok untuk studi "
            "lapangan pada Selasa (12/3/2024).",
            40,
        ),
    ],
)
def test_the_party_counted_right_after_its_name(text: str, count: int) -> None:
    assert _participants(text) == [count]


def test_the_party_named_by_some_of_its_members_or_its_leaders_is_not_counted_by_them() -> None:
    # "Rombongan sembilan kades" names the party by its heads; the total told later counts it
    assert _participants(
        "JAMBI - Rombongan sembilan kades Kabupaten Kerinci studi banding ke Desa Pulau Raya, Kabupaten Muaro "
        "Jambi, Senin (4/3/2024). Rombongan itu berjumlah 40 orang."
    ) == [40]
    # the leaders of the party are not the party
    assert _participants(
        "BLITAR - Sebanyak 30 camat Kabupaten Tulungagung studi banding ke Kota Blitar, Rabu (6/3/2024), dengan "
        "pimpinan rombongan 2 orang dari Sekretariat Daerah."
    ) == [30]


# a count said per unit of the sender is one unit's share, not the group's head count
@pytest.mark.parametrize(
    "text",
    [
        "Tiap kelurahan mengirim 4 orang untuk kaji banding ke Kabupaten Sleman.",
        "Setiap OPD diwakili dua orang pejabat dalam studi tiru tersebut.",
        "Kuota keberangkatan hanya tiga orang per kecamatan.",
        "Rombongan dibatasi 5 orang untuk setiap nagari yang ikut benchmarking.",
        "Tiap-tiap desa mengutus sebanyak 6 orang perangkat desa.",
    ],
)
def test_a_count_per_unit_is_no_head_count(text: str) -> None:
    assert [m.value for m in find_participants(text)] == []


# near-misses: "setiap" of time, and "setiap" before a demonstrative, do not make a count a unit's share
@pytest.mark.parametrize(
    "text, count",
    [
        ("Kunjungan kerja yang digelar setiap tahun itu diikuti 30 orang.", 30),
        ("Dinas mengirim 12 orang pegawai setiap tahun untuk studi banding.", 12),
    ],
)
def test_setiap_of_time_keeps_the_count(text: str, count: int) -> None:
    assert [m.value for m in find_participants(text)] == [count]


# a count after "dari" with a part before it counts the whole body, not those who went
@pytest.mark.parametrize(
    "text",
    [
        "Sebagian besar dari 45 anggota DPRD Kota Bima memilih kunjungan kerja ke Jakarta.",
        "Hampir seluruh dari 35 anggota dewan ikut dalam studi banding itu.",
        "Baru separuh dari 60 pegawai dinas yang sudah mengikuti benchmarking.",
        "Mayoritas dari total 40 kepala desa ikut ke Bali.",
    ],
)
def test_the_whole_a_part_went_from_is_no_head_count(text: str) -> None:
    assert [m.value for m in find_participants(text)] == []


# near-misses: a part counted by number keeps its own count, and "dari" after a group names its origin
@pytest.mark.parametrize(
    "text, count",
    [
        ("Sebanyak 9 dari 30 peserta berangkat studi lapangan ke Kota Batu.", 9),
        ("Rombongan sebanyak 25 orang dari 5 kecamatan itu tiba di Sleman.", 25),
        ("Dari 28 peserta, 20 orang laki-laki dan 8 orang perempuan.", 28),
    ],
)
def test_a_numbered_part_and_an_origin_keep_their_count(text: str, count: int) -> None:
    assert [m.value for m in find_participants(text)][:1] == [count]


# a count told of those who went, with the verb of going after it, is the group's count
@pytest.mark.parametrize(
    "text, count",
    [
        ("Biaya perjalanan ditanggung dana desa, dengan 120 kades yang ikut.", 120),
        ("Menurut Sekwan, 18 anggota dewan yang berangkat itu berasal dari tiga komisi.", 18),
        ("Tercatat 42 orang aparatur kecamatan yang datang ke Kota Malang.", 42),
        ("Ada 27 camat yang berkunjung ke Kabupaten Badung pekan lalu.", 27),
    ],
)
def test_a_count_of_those_who_went_is_read(text: str, count: int) -> None:
    assert [m.value for m in find_participants(text)] == [count]


# near-misses: others beside the group, and those who came to escort or receive it
@pytest.mark.parametrize(
    "text",
    [
        "Dua perbekel lain yang ikut belum memberi keterangan.",
        "Tiga pejabat yang ikut mendampingi rombongan memberi sambutan.",
        # the host's people who came to receive it, by any verb of receiving (verbs.RECEIVING)
        "Lima kepala dinas yang datang menjamu rombongan ikut berdiskusi.",
        "Empat camat yang ikut menyambut tamu duduk di barisan depan.",
    ],
)
def test_others_and_escorts_who_went_are_no_group(text: str) -> None:
    assert [m.value for m in find_participants(text)] == []


# a sender represented by those it sent: "diwakili N orang" counts them
@pytest.mark.parametrize(
    "text, count",
    [
        ("Bupati Sigi yang diwakili empat orang asisten berkunjung ke Kota Palu.", 4),
        ("Pemerintah Kabupaten Gowa diwakili oleh 12 pejabat eselon III dalam studi banding itu.", 12),
        ("Dalam kunjungan kerja ke Surabaya, DPRD Kota Kendari diwakili 9 anggota dewan.", 9),
        ("Kecamatan Tallo diwakili sebanyak 6 lurah pada benchmarking tersebut.", 6),
    ],
)
def test_a_sender_represented_by_n_people_sent_them(text: str, count: int) -> None:
    assert [m.value for m in find_participants(text)] == [count]


# near-misses: represented by units, and a count that only names a represented body's size
@pytest.mark.parametrize(
    "text",
    [
        "Provinsi itu diwakili tiga kabupaten dalam lomba inovasi daerah.",
        "Masing-masing kecamatan diwakili oleh dua desa terbaik.",
    ],
)
def test_represented_by_units_is_no_head_count(text: str) -> None:
    assert [m.value for m in find_participants(text)] == []


# the group counting itself in the first person; "saya dan N rekan" counts the speaker too
@pytest.mark.parametrize(
    "text, count",
    [
        ('"Hari ini kami 18 camat dari Kabupaten Bone belajar di Kota Parepare," katanya.', 18),
        ("Kami sebanyak 22 orang peserta PKA datang untuk belajar tata kelola arsip.", 22),
        ("Saya dan 9 rekan lainnya ditempatkan di Desa Pujon Kidul.", 10),
        ("Saya bersama 11 teman peserta diklat berkunjung ke Dinas Kominfo.", 12),
    ],
)
def test_the_group_counting_itself(text: str, count: int) -> None:
    assert [m.value for m in find_participants(text)][:1] == [count]


# near-misses: "kami" before a count of days or of units, and "saya" before another count
@pytest.mark.parametrize(
    "text",
    [
        "Selama di sini kami 3 hari mempelajari pelayanan terpadu.",
        "Saya dan 3 kabupaten lain mengusulkan program serupa.",
    ],
)
def test_first_person_before_other_counts(text: str) -> None:
    assert [m.value for m in find_participants(text)] == []


# ------------------------------------------- village secretaries counted by their name written out
# A count names village officials by "sekdes" or by the words written out, "sekretaris desa" (and of a kampung,
# nagari, gampong, pekon or kelurahan), as it names them "perangkat desa": the people a government sends.


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Sebanyak 30 sekretaris desa dari Kabupaten Gresik studi banding ke Kabupaten Banyuwangi, Senin "
            "(4/3/2024), untuk mempelajari tata kelola keuangan desa.",
            30,
        ),
        (
            "Pemerintah Kabupaten Malang menerima kunjungan 45 sekretaris desa se-Kabupaten Jombang, Rabu (6/3/2024). "
            "Mereka belajar pengelolaan aset desa.",
            45,
        ),
        (
            "Dua puluh sekretaris nagari dari Kabupaten Tanah Datar melakukan studi tiru ke Kabupaten Klaten, Selasa "
            "(5/3/2024).",
            20,
        ),
        (
            "Rombongan berjumlah 24 orang, terdiri dari 12 kepala kampung dan 12 sekretaris kampung dari Kabupaten "
            "Mappi, berkunjung ke Kabupaten Bogor, Kamis (7/3/2024), untuk studi banding BUMDes.",
            24,
        ),
        # near-misses: one secretary named as the host; the host's secretaries met there
        (
            "Sekretaris Desa Ponggok, Kabupaten Klaten, menerima rombongan Pemerintah Kabupaten Banggai yang studi "
            "banding pengelolaan BUMDes, Senin (4/3/2024).",
            None,
        ),
        (
            "Komisi A DPRD Kabupaten Blora studi banding ke Kabupaten Kulon Progo, Senin (4/3/2024). Di sana mereka "
            "bertemu 15 sekretaris desa yang mengelola layanan digital.",
            None,
        ),
    ],
)
def test_village_secretaries_written_out_are_counted(text, count):
    assert _participants(text) == [count]


# ------------------------------------------- the heads of a village's parts counted by their titles
# As "kepala dusun" is counted by its "kepala", a jorong's head in Sumatera Barat ("wali jorong") and a dusun's
# head written short ("kadus", as "kades" is) are village officials a government sends (participants.VILLAGE_HEADS).


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Sebanyak 40 wali jorong se-Kabupaten Pasaman Barat studi banding ke Kabupaten Sleman, Senin (4/3/2024), "
            "untuk belajar tata kelola desa wisata.",
            40,
        ),
        (
            "Pemerintah Kabupaten Klaten menerima kunjungan 35 wali jorong dari Kabupaten Lima Puluh Kota, Rabu "
            "(6/3/2024), yang belajar pengelolaan BUMDes.",
            35,
        ),
        (
            "Sebanyak 25 kadus dari Kabupaten Lombok Tengah melakukan studi tiru ke Kabupaten Banyuwangi, Kamis "
            "(7/3/2024).",
            25,
        ),
        (
            "Delapan belas kadus se-Kecamatan Praya, Kabupaten Lombok Tengah, berkunjung ke Kabupaten Gianyar untuk "
            "studi banding pengelolaan sampah, Jumat (8/3/2024).",
            18,
        ),
        # near-misses: the host's own heads met there; one head named as the host
        (
            "Rombongan DPRD Kabupaten Agam studi banding ke Kabupaten Sleman, Senin (4/3/2024), dan bertemu 12 kadus "
            "yang mengelola bank sampah.",
            None,
        ),
        (
            "Wali Jorong Koto Baru, Kabupaten Solok, menerima rombongan Pemerintah Kabupaten Merangin yang studi tiru "
            "pengelolaan air bersih, Selasa (5/3/2024).",
            None,
        ),
    ],
)
def test_heads_of_a_villages_parts_are_counted(text, count):
    assert _participants(text) == [count]


# ---------------------------------------------------------------- a count of a list of one programme's cohorts
# SCHEMA: cohorts of one programme named in one list ("Angkatan 3 dan 4") are a visit each, and a head count
# written once for the list is theirs together, its split untold: no one cohort's (kh-08 rakyatempatlawang
# "40 Peserta PKA Angkatan 1 dan 2", s11 mo-01 bantennews "160 orang … 19 hingga 21 angkatan"). The programme
# written in full with its short form in brackets names it twice, which made the first cohort seem nearer.
@pytest.mark.parametrize(
    "clause",
    [
        "Sebanyak 160 peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan XIX, XX dan XXI",
        "Sebanyak 90 peserta Pelatihan Kepemimpinan Administrator (PKA) angkatan 4 sampai 6",
        "Peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan V dan VI yang berjumlah 80 orang",
        "Para peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II serta III, sebanyak 70 orang,",
    ],
)
def test_a_count_written_once_for_a_list_of_cohorts_is_no_one_cohorts(clause: str) -> None:
    found = extract_text(
        "SERANG - " + clause + " BPSDM Provinsi Banten melaksanakan studi lapangan ke Pemerintah Kabupaten"
        " Pandeglang, Selasa (15/7/2025). Mereka mempelajari pelayanan perizinan."
    )
    assert len(found) >= 2
    assert {e.visit.participants for e in found} == {None}


# ... wherever the list is written again: a headline names the cohorts first ("Peserta PKA Angkatan 5 dan 6 Belajar
# ke ..."), then the body repeats the list and writes the count after it, in its sentence or the next: the count is
# still the list's together, not the cohort written nearest it (docs/schema.md, "Angkatan 3 dan 4": "a shared head
# count left unknown since its split is not told")
@pytest.mark.parametrize(
    "body",
    [
        "Pemerintah Kabupaten Berau menyambut peserta PKA Angkatan 5 dan 6 Provinsi Kalimantan Utara yang"
        " melaksanakan studi lapangan, Rabu (12/6/2024), sebanyak 60 orang.",
        "Peserta PKA Angkatan 5 dan 6 Provinsi Kalimantan Utara melaksanakan studi lapangan ke Kabupaten Berau,"
        " Rabu (12/6/2024). Jumlah peserta PKA Angkatan 5 dan 6 itu mencapai 60 orang.",
        "Pemerintah Kabupaten Berau menerima kunjungan studi lapangan peserta PKA Angkatan 5 dan Angkatan 6"
        " Provinsi Kalimantan Utara yang berjumlah 60 orang, Rabu (12/6/2024).",
    ],
)
def test_a_count_after_a_list_written_again_below_the_headline_is_no_one_cohorts(body: str) -> None:
    found = extract_text("Peserta PKA Angkatan 5 dan 6 Belajar ke Berau\n\nTANJUNG REDEB - " + body)
    assert [e.visit.cohort for e in found] == [5, 6]
    assert [e.visit.participants for e in found] == [None, None]


def test_a_count_said_of_each_cohort_or_of_one_cohort_alone_stays() -> None:
    # near-misses: "masing-masing angkatan 40 orang" is each cohort's; one cohort with its own count is its
    each = extract_text(
        "SERANG - Peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan V dan VI, masing-masing angkatan 40"
        " orang, melaksanakan studi lapangan ke Pemerintah Kabupaten Pandeglang, Selasa (15/7/2025)."
    )
    assert [e.visit.participants for e in each] == [40, 40]
    one = extract_text(
        "SERANG - Sebanyak 40 peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan V melaksanakan studi"
        " lapangan ke Pemerintah Kabupaten Pandeglang, Selasa (15/7/2025)."
    )
    assert [e.visit.participants for e in one] == [40]


# ------------------------------------------- the group's size told by what it is made of


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Pemkab Maros studi banding ke Kota Surabaya, Rabu (5/7/2023). Rombongan terdiri atas 25 orang.", 25),
        ("Pemkab Maros studi banding ke Kota Surabaya, Rabu (5/7/2023). Rombongan berisi 25 orang.", 25),
        (
            "Pemkab Maros studi banding ke Kota Surabaya, Rabu (5/7/2023). Rombongan yang terdiri dari 25 orang itu "
            "dipimpin Sekda Maros.",
            25,
        ),
        (
            "Tamu dari Kabupaten Maros itu terdiri atas 12 orang pejabat yang datang untuk studi banding ke Pemkot "
            "Surabaya, Rabu (5/7/2023).",
            12,
        ),
    ],
)
def test_a_group_counted_by_what_it_is_made_of(text, count):
    # "rombongan terdiri atas 25 orang", "berisi 25 orang": the group's size, as "berjumlah", "beranggotakan"
    assert [v.participants for v in (e.visit for e in extract_text(text))] == [count]


def test_what_one_unit_is_made_of_or_a_breakdown_is_no_new_count():
    # a komisi's size explains how many go; a total broken down keeps its trainees
    text = (
        "Komisi A DPRD Kabupaten Maros studi banding ke Kota Surabaya, Rabu (5/7/2023). Setiap komisi terdiri "
        "atas sembilan orang."
    )
    assert [e.visit.participants for e in extract_text(text)] == [None]
    text = (
        "Peserta PKA Angkatan II BPSDM Provinsi Jambi studi lapangan ke Kota Surabaya, Rabu (5/7/2023). Rombongan "
        "berjumlah 31 orang, terdiri dari 25 peserta dan 6 pendamping."
    )
    assert [e.visit.participants for e in extract_text(text)] == [25]
    text = (
        "Pemkab Maros studi banding ke Kota Surabaya, Rabu (5/7/2023). Rombongan sebanyak 31 orang terdiri atas 25 "
        "kepala desa dan 6 pendamping."
    )
    assert [e.visit.participants for e in extract_text(text)] == [25]


# ------------------------------------------- the leader who went "bersama N people": the count of those with him
# (kf-07 blog, ly-12 antarapapua, ld-02 marapipost, kv-05 dprdtulungagung): "bersama" or "beserta", any word for
# people a body sends (and "anggotanya"), the trip told after it in the sentence


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Ketua DPRD Kabupaten Maros bersama 15 anggotanya menjalani studi banding ke Kota Surabaya, "
            "Rabu (5/7/2023).",
            15,
        ),
        ("Camat Turikale, Kabupaten Maros, beserta 40 kepala desa melakukan studi tiru ke Kabupaten Badung.", 40),
        (
            "Wakil Ketua DPRD Kabupaten Maros bersama sekitar 22 orang anggota dewan bertolak ke Kota Surabaya "
            "untuk kunjungan kerja.",
            22,
        ),
        (
            "Kepala Dinas Pariwisata Kabupaten Maros bersama dua puluh ASN melakukan studi banding ke Kota Surabaya.",
            20,
        ),
    ],
)
def test_a_leader_with_n_people_on_the_trip_counts_them(text: str, count: int) -> None:
    assert _participants(text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        # no trip told after the count in the sentence
        "Komisi B DPRD Kabupaten Maros studi banding ke Kota Surabaya, Rabu (5/7/2023). Bupati bersama 30 pejabat "
        "menghadiri rapat paripurna.",
        # the host's own people
        "Komisi B DPRD Kabupaten Maros studi banding ke Kota Surabaya, Rabu (5/7/2023). Wali kota bersama 12 "
        "pejabat setempat menyambut kunjungan itu.",
    ],
)
def test_a_count_after_bersama_without_the_trip_or_of_the_hosts_is_no_head_count(text: str) -> None:
    assert _participants(text) == [None]


# Property: a report counts the group by its participants, the count right after "pesertanya" ("Pesertanya 120
# orang", "Pesertanya 16 kepala desa"): the group's size, as after "sebanyak" or "berjumlah"
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Kunjungan lapangan itu digelar di Kabupaten Subang. Pesertanya 120 orang dari empat provinsi.", 120),
        ("Studi tiru ke Desa Penglipuran berlangsung dua hari. Pesertanya 16 kepala desa dari Kecamatan Gambut.", 16),
        ("Rombongan tiba di Kota Batu kemarin. Pesertanya sekitar 35 orang pejabat eselon III.", 35),
        ("Benchmarking ke Kabupaten Badung diikuti para camat. Pesertanya 12 camat se-Kabupaten Bone.", 12),
    ],
)
def test_a_count_right_after_pesertanya_is_the_groups(text, count):
    assert count in [m.value for m in find_participants(text) if m.strong]


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: a share of the participants, and a count of days
        "Studi banding ke Kota Batu diikuti pejabat Pemkab Sigi. Pesertanya 40 persen perempuan.",
        "Studi banding ke Kota Batu diikuti pejabat Pemkab Sigi. Pesertanya 3 hari berada di sana.",
    ],
)
def test_pesertanya_before_a_share_or_a_duration_counts_no_one(text):
    assert _counts_found(text) == []


# Property: a group's stay on its way ("menginap", "bermalam" in a town) tells the trip, as arriving does: a count
# opening a sentence of the stay counts the travellers
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("120 Sekdes asal Minahasa Menginap di Cirebon", 120),
        ("45 kepala desa dari Kabupaten Bone bermalam di Kota Surabaya sebelum pulang.", 45),
        ("Tiga puluh camat se-Kabupaten Garut menginap semalam di Semarang sebelum ke Solo.", 30),
        ("BANDUNG - 25 perangkat desa asal Kabupaten Sinjai bermalam di Bandung dalam perjalanan ke Bogor.", 25),
    ],
)
def test_a_count_opening_a_sentence_of_the_stay_counts_the_travellers(text, count):
    assert count in _counts_found(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: a count of rooms or nights, not of people
        "Hotel itu menyediakan 40 kamar untuk tamu yang menginap.",
        "Rombongan bermalam 3 hari di Kota Malang.",
    ],
)
def test_a_stay_counts_no_rooms_or_nights(text):
    assert _counts_found(text) == []


# a four-digit number right after a month's name is the date's year, never a head count, whatever words follow
# it ("17-21 Mei 2023 itu diikuti peserta …", "Juni 2024 peserta …")
@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Pemdes Karangrejo studi tiru ke Desa Pujon Kidul, Kabupaten Malang. Kegiatan yang digelar 3-5 Mei 2023 "
            "itu diikuti peserta yang berjumlah 36 orang.",
            36,
        ),
        (
            "Kepala desa se-Kabupaten Asahan studi tiru ke Kabupaten Sleman pada 12 Juni 2024. Peserta rombongan "
            "berjumlah 52 orang.",
            52,
        ),
        (
            "Rombongan DPRD Kota Jambi studi banding ke Kota Malang. Kunjungan pada 9 Nov. 2017 itu diikuti "
            "peserta berjumlah 14 orang.",
            14,
        ),
        (
            "Komisi A DPRD Kabupaten Bone kunjungan kerja ke Kota Surabaya pada Agustus 2022 seluruh peserta "
            "menginap di Surabaya.",
            None,
        ),
    ],
)
def test_a_year_after_its_month_is_no_head_count(text: str, count: int | None) -> None:
    assert _participants(text) == [count]


# a count after a verb of being visited names the visitors, as after a verb of receiving ("disambangi 27 orang",
# "dikunjungi 30 kepala desa"); and a trip's name followed by a count of people names whose trip it is ("menjadi
# tujuan studi tiru 237 kepala desa", "lokasi kunjungan kerja 15 anggota DPRD")
@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Kantor Satpol PP Kota Bogor disambangi 27 orang rombongan Satpol PP Provinsi Sulawesi Selatan, "
            "Kamis (10/11/2016), untuk studi banding.",
            27,
        ),
        (
            "Desa Pujon Kidul, Kabupaten Malang, dikunjungi oleh 30 kepala desa dari Kabupaten Langkat untuk studi "
            "tiru, Selasa (10/9/2024).",
            30,
        ),
        (
            "Desa Cibodas, Kabupaten Bandung, menjadi tujuan studi tiru 64 kepala desa Kabupaten Tapanuli Utara, "
            "15-19 September 2023.",
            64,
        ),
        (
            "Kota Surabaya menjadi lokasi kunjungan kerja 15 anggota DPRD Kabupaten Maros, Rabu (5/7/2023).",
            15,
        ),
    ],
)
def test_the_visitors_counted_after_being_visited_or_after_the_trips_name(text: str, count: int) -> None:
    assert _participants(text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        # the visited place's own count, no people
        "Komisi B DPRD Kabupaten Maros studi banding ke Kota Batu, Rabu (5/7/2023). Kota itu dikunjungi 300 ribu "
        "wisatawan setiap tahun.",
        # the days of the trip, not people
        "Komisi B DPRD Kabupaten Maros melakukan studi banding 3 hari ke Kota Batu, Rabu (5/7/2023).",
        # a count of one group with another beside it uncounted
        "Desa Wisata Pentingsari menjadi lokasi studi tiru 25 kepala desa dan pengurus BUMDes asal Kabupaten Maros, "
        "Rabu (5/7/2023).",
    ],
)
def test_being_visited_by_no_people_or_a_trip_of_days_is_no_head_count(text: str) -> None:
    assert _participants(text) == [None]


# a number after a cohort's or a level's word ranks the cohort, it counts no one, whatever words follow it
# ("angkatan ke-29 yang diikuti peserta dari lima provinsi", "Angkatan 5 peserta …")
@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Pelatihan Kepemimpinan Nasional (PKN) tingkat II angkatan ke-29 yang diikuti peserta dari lima provinsi "
            "melaksanakan studi lapangan ke Provinsi Kepulauan Riau, Selasa (27/8/2024). Peserta berjumlah 58 orang.",
            58,
        ),
        (
            "Peserta PKA Angkatan 5 peserta asal Provinsi Jambi melaksanakan studi lapangan ke Kabupaten Sleman, "
            "Rabu (14/6/2023).",
            None,
        ),
        (
            "Rombongan Diklatpim Tingkat IV Angkatan ke 12 yang diikuti pejabat eselon IV Kabupaten Bone studi "
            "lapangan ke Kota Makassar, Rabu (14/6/2023). Sebanyak 40 orang peserta hadir.",
            40,
        ),
        (
            "Peserta Latsar CPNS gelombang 3 peserta dari Kabupaten Bone melakukan studi lapangan ke Kota Makassar, "
            "Rabu (14/6/2023).",
            None,
        ),
    ],
)
def test_a_number_after_the_cohorts_word_is_no_head_count(text: str, count: int | None) -> None:
    assert _participants(text) == [count]


# r54: the year set after a cohort's rank or a budget's year word dates the cohort, it counts no one, whatever words
# follow it ("Angkatan ke-IX 2023 diselenggarakan peserta …", "Tahun Anggaran 2022 dihadiri peserta …")
@pytest.mark.parametrize(
    "text",
    [
        "Semarang - Pelatihan Kepemimpinan Administrator Angkatan Ke-IX 2023 diselenggarakan peserta dari berbagai "
        "instansi dengan studi lapangan ke Kabupaten Kendal, Jawa Tengah, Rabu (14/6/2023).",
        "Peserta Latsar CPNS Gelombang II 2022 diikuti peserta Kabupaten Bone melakukan studi lapangan ke Kota "
        "Makassar, Rabu (14/6/2022).",
        "Kegiatan PKDN Sespimmen Tahun Anggaran 2022 dihadiri peserta Lemdiklat Polri dengan kunjungan ke Polda "
        "Jawa Tengah, Rabu (14/6/2022).",
    ],
)
def test_a_year_after_the_cohorts_rank_is_no_head_count(text: str) -> None:
    assert _participants(text) == [None]


def test_the_group_named_again_by_its_ordinal_count_stays() -> None:
    text = (
        "Sebanyak 40 peserta PKA Provinsi Jambi melaksanakan studi lapangan ke Kabupaten Sleman, Rabu (14/6/2023). "
        "Ke-40 peserta itu disambut Sekretaris Daerah Sleman."
    )
    assert _participants(text) == [40]


# r39-probe: a number after a sub-group's label word names the group ("Kelompok 2 peserta Latsar"), it counts no one
@pytest.mark.parametrize(
    "text",
    [
        "Kelompok 2 peserta Latsar CPNS Kota Bogor belajar ke Kota Depok, Senin (15/4/2024).",
        "Tim 3 peserta PKA Kabupaten Bogor melakukan studi lapangan ke Kota Depok, Senin (15/4/2024).",
        "Regu 4 peserta Diklatpim IV Kota Bekasi mengunjungi Kabupaten Bogor, Senin (15/4/2024).",
        "Grup 1 peserta PKP Kabupaten Karawang studi tiru ke Kota Bandung, Senin (15/4/2024).",
    ],
)
def test_a_sub_groups_label_number_is_no_count(text: str) -> None:
    assert [v.participants for v in visits_of(text)] == [None]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # near-misses: the group counted after its word, by "orang" or a word of how many
        ("Tim beranggotakan 12 orang dari Pemkab Bogor belajar ke Kota Depok, Senin (15/4/2024).", 12),
        ("Kelompok berjumlah 20 peserta PKA Kota Bogor belajar ke Kota Depok, Senin (15/4/2024).", 20),
    ],
)
def test_a_sub_group_counted_after_its_word_keeps_the_count(text: str, count: int) -> None:
    assert [v.participants for v in visits_of(text)] == [count]


# Property: a whole told first at the head of its clause, then the part of it that went counted after a comma
# ("Dari 54 peserta PKN, sebanyak 13 orang datang ke …"): the part is the group, the whole is not
@pytest.mark.parametrize(
    "text",
    [
        "SRAGEN - Dari 54 peserta PKN Tingkat II Angkatan X, sebanyak 13 orang datang ke Kabupaten Sragen untuk "
        "visitasi, Senin (8/7/2024).",
        "Dari total 45 anggota DPRD Kabupaten Garut, hanya 13 orang yang ikut studi banding ke Kota Surabaya.",
        "Di antara 60 kepala desa di Kabupaten Bima, tiga belas kepala desa berangkat studi tiru ke Desa Ponggok.",
        "JAMBI - Dari 54 peserta PKA Provinsi Jambi angkatan V, 13 peserta di antaranya melakukan studi lapangan ke "
        "Kota Malang, Rabu (5/7/2023).",
    ],
)
def test_the_part_of_a_whole_told_first_that_went_is_the_group(text: str) -> None:
    assert _participants(text) == [13]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a part told by what it achieved, not by going
        (
            "Sebanyak 30 peserta Diklatpim IV Kabupaten Probolinggo studi lapangan ke Kota Malang. Dari 30 peserta, "
            "11 orang meraih nilai sangat memuaskan.",
            [30],
        ),
        # the whole told alone, no part counted after it
        ("Dari 30 peserta PKA Provinsi Jambi yang studi lapangan ke Kota Malang, semuanya pejabat eselon III.", [30]),
    ],
)
def test_a_whole_with_no_part_that_went_stays_the_group(text: str, want) -> None:
    assert _participants(text) == want


# each group of a list counted by the word that counted the first, when each is named by its own body or region
# ("menerima 20 anggota DPRD dari A dan 15 pegawai dari B"); not a part of a whole, not a breakdown of one group
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Wali Kota menerima 20 anggota DPRD dari Kabupaten Wonosobo dan 15 pegawai dari Kota Bontang.", [20, 15]),
        ("Sekda menjamu 12 pegawai Bappeda Kabupaten Buton serta sekitar 9 ASN Pemkab Kolaka.", [12, 9]),
        (
            "Desa Kemiren dikunjungi 30 kepala desa Kabupaten Sumbawa, 25 camat Kabupaten Dompu dan 10 lurah Kota Bima",
            [30, 25, 10],
        ),
        ("Sebanyak 18 anggota DPRD Kota Palu dan 11 orang staf Kabupaten Bangli datang ke Sleman.", [18, 11]),
        ("Bupati menerima 20 anggota DPRD dari Kabupaten Wonosobo dan 3 unit mobil bantuan.", [20]),
    ],
)
def test_each_group_of_a_counted_list_has_its_count(text: str, want) -> None:
    from diklat_cli.extract.participants import find_participants

    assert [m.value for m in find_participants(text)] == want


@pytest.mark.parametrize(
    "text",
    [
        "Dari 30 peserta, 11 orang meraih nilai sangat memuaskan dan 19 orang memuaskan.",
        "Rombongan berjumlah 22 orang laki-laki dan 14 orang perempuan dari Kabupaten Wonosobo.",
    ],
)
def test_a_whole_broken_down_is_no_list_of_groups(text: str) -> None:
    from diklat_cli.extract.participants import find_participants, listed_groups

    assert listed_groups(text, find_participants(text)) == []


# the sender counts its own people with the possessive: "mengajak 20 pegawainya", "membawa 12 anggotanya",
# "memberangkatkan 30 ASN-nya" is rare, "pejabatnya", "kepala desanya" are not: the count is the travelling group
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kepala Dinas Lingkungan Hidup Kota Bontang mengajak 18 pegawainya belajar mengolah sampah ke "
            "Kabupaten Banyumas, Jawa Tengah, Rabu (4/9/2024).",
            [18],
        ),
        (
            "Ketua DPRD Kabupaten Wajo membawa 12 anggotanya studi banding ke DPRD Kota Malang, Senin (2/3/2023).",
            [12],
        ),
        (
            "Camat Lembang memberangkatkan 9 perangkat desanya untuk studi tiru ke Desa Ponggok, Klaten, "
            "Selasa (6/6/2023).",
            [9],
        ),
        (
            "Bupati Kolaka melepas 25 pejabatnya yang akan studi banding ke Kota Surabaya, Kamis (8/8/2024).",
            [25],
        ),
    ],
)
def test_a_sender_counts_its_own_people_with_the_possessive(text: str, want) -> None:
    assert _participants(text) == want


# spoken Indonesian (a quoted head of the group) drops the verb's prefix: "kami bawa 54 orang", "kami ajak 20 staf
# teknis", "kita kirim 15 pegawai": the group the speaker brought, as "membawa" counts it
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"Kami ingin belajar dari sini, makanya kami bawa 40 orang kepala OPD," kata Bupati Bima saat '
            "berkunjung ke Kabupaten Banyuwangi, Kamis (11/11/2021).",
            [40],
        ),
        (
            'Wali Kota Tidore studi banding ke Kota Surabaya, Selasa (3/5/2022). "Kali ini kita ajak 15 pejabat '
            'supaya bisa melihat langsung," ujarnya.',
            [15],
        ),
        (
            'Bupati Sigi studi banding ke Kabupaten Sleman, Rabu (7/9/2022). "Kami kirim 22 kepala desa ke '
            'sini," katanya.',
            [22],
        ),
        (
            'Sekda Kota Ambon berkunjung ke Kota Makassar, Jumat (1/4/2022). "Sengaja kami boyong 30 ASN '
            'agar belajar langsung," ucapnya.',
            [30],
        ),
    ],
)
def test_a_quoted_head_counts_the_group_with_a_bare_verb(text: str, want) -> None:
    assert _participants(text) == want


# near-misses: the possessive of a host's own people and a bare verb that carries no group
@pytest.mark.parametrize(
    "text",
    [
        "Rombongan Pemkab Sigi studi banding ke Kabupaten Sleman, Rabu (7/9/2022). Bupati Sleman memiliki 300 "
        "pegawainya di dinas itu.",
        'Rombongan Pemkab Sigi studi banding ke Kabupaten Sleman, Rabu (7/9/2022). "Tolong bawa 20 berkas itu," '
        "kata Sekda.",
    ],
)
def test_no_count_from_a_possessive_or_bare_verb_without_sending(text: str) -> None:
    assert _participants(text) == [None]


# a head who brings his own staff counts them with the possessive, as "membawa 12 anggotanya" does: "membawa 14
# stafnya", "mengajak sembilan stafnya" (docs/schema.md, a leader and a stated count: the leader is not added);
# staff told without it serve the learners ("didampingi 7 staf Sekretariat DPRD") and the host's own staff are none
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kepala Dinas Pertanian Kabupaten Sambas membawa 11 stafnya studi banding ke Dinas Pertanian Kota "
            "Singkawang, Selasa (2/7/2024).",
            [11],
        ),
        (
            "Kepala Bapenda Kabupaten Bone mengajak delapan stafnya belajar pengelolaan pajak ke Bapenda Kota "
            "Makassar, Rabu (3/7/2024).",
            [8],
        ),
        (
            "Sekretaris Dinas Kesehatan Kabupaten Sinjai memboyong 16 orang stafnya studi tiru ke Dinas Kesehatan "
            "Kota Parepare, Kamis (4/7/2024).",
            [16],
        ),
        (
            "Sebanyak 20 anggota DPRD Kabupaten Sinjai didampingi 6 staf Sekretariat DPRD melakukan studi banding "
            "ke DPRD Kota Parepare, Jumat (5/7/2024).",
            [20],
        ),
    ],
)
def test_a_head_brings_his_own_staff(text: str, want) -> None:
    assert _participants(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Peserta kursus pimpinan daerah itu berjumlah 22 bupati dan wali kota yang melakukan kunjungan studi ke "
            "Kota Surabaya, Selasa (9/7/2024).",
            [22],
        ),
        (
            "Gubernur provinsi itu bersama 12 walikota dari wilayahnya melakukan studi banding ke Kota Semarang, "
            "Rabu (10/7/2024).",
            [12],
        ),
        (
            "Sebanyak 18 bupati dari provinsi itu belajar tata kelola perizinan ke Kabupaten Banyuwangi, "
            "Kamis (11/7/2024).",
            [18],
        ),
    ],
)
def test_heads_of_regions_are_counted_as_kepala_daerah_are(text: str, want) -> None:
    assert _participants(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Pemkab Blora menggelar studi tiru ke Dinas Perizinan Kota Salatiga, Senin (15/7/2024). Menurut Sekda, "
            "ada 14 pejabat yang diutus untuk mempelajari layanan perizinan di kota itu.",
            [14],
        ),
        (
            "Pemkot Bitung melakukan studi banding ke Bapenda Kabupaten Badung, Selasa (16/7/2024). Tercatat 35 "
            "pegawai yang ditugaskan mempelajari pengelolaan pajak daerah di sana.",
            [35],
        ),
    ],
)
def test_a_count_told_as_those_sent_is_the_group(text: str, want) -> None:
    assert _participants(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Layanan kecamatan di Kabupaten Sleman jadi rujukan. Sedikitnya 45 orang dari Pemerintah Kabupaten "
            "Sambas, sebagian besar lurah, melakukan studi banding ke Kabupaten Sleman, Rabu (17/7/2024).",
            [45],
        ),
    ],
)
def test_a_count_opening_a_sentence_of_the_lead_counts_the_group(text: str, want) -> None:
    assert _participants(text) == want
