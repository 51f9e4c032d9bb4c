"""Whether a report tells of a visit, round r16-detect. Sentences written for this test."""

from __future__ import annotations

import pytest

from diklat_cli.extract import cues, extract_text, programs, sentences, visits
from diklat_cli.extract.senders import cohort_keys


def _describes(text: str) -> bool:
    cues.travel_cue.cache_clear()
    found = programs.find_programs(text) or programs.find_open_programs(text)
    keys = cohort_keys(text, found, programs.find_cohorts(text))
    return cues.describes_visit(text, programs.find_activities(text), keys)


# ---------------------------------------------------------------- a ceremony report that tells the fieldwork
# An opening or closing report that also tells the trip says it in a sentence of its own, by any words that
# state one: fieldwork or learning done at a village, a kecamatan or a named region counts like a verb of going.
@pytest.mark.parametrize(
    "text",
    [
        "Upacara pembukaan Latsar CPNS Angkatan 7 dipimpin Kepala BPSDM. Selama sepekan peserta melakukan "
        "pengamatan di empat desa di Kabupaten Kendal.",
        "Penutupan PKA Angkatan III berlangsung di aula. Sebelumnya para peserta menjalani pembelajaran di "
        "Kelurahan Sukamaju, Kota Depok.",
        "Gubernur membuka Diklatpim IV Angkatan 12 hari ini. Para peserta juga mengadakan wawancara di dua "
        "kecamatan di Kabupaten Garut.",
        "Wisuda taruna Akademi Militer digelar Sabtu. Dua pekan sebelumnya para taruna Akademi Militer belajar "
        "tata kelola desa di Kabupaten Temanggung.",
    ],
)
def test_ceremony_report_with_fieldwork_sentence_describes_a_visit(text: str) -> None:
    assert _describes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the head receiving the trainees is the ceremony itself
        "Upacara pembukaan Latsar CPNS Angkatan 7 dipimpin Kepala BPSDM, yang menyambut seluruh peserta di aula.",
        # fieldwork still to come, told at the opening
        "Gubernur membuka PKA Angkatan II hari ini. Nantinya peserta akan melakukan pengamatan di tiga desa.",
        # the learning told inside the ceremony's own sentence
        "Saat membuka PKP Angkatan 4, Sekda berpesan agar inovasi yang dipelajari di Kabupaten Sleman diterapkan.",
    ],
)
def test_ceremony_report_without_a_trip_sentence_describes_none(text: str) -> None:
    assert not _describes(text)


# ---------------------------------------------------------------- a particular trip is no definition
# "Kunjungan ini ialah …", "studi banding tersebut merupakan …": a demonstrative makes the subject the trip the
# report tells of, wherever it stands before the copula and on a heading's next line too, so the sentence
# defines nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Manfaat Studi Banding\nTujuan utama kunjungan ini ialah melihat langsung pengelolaan pasar desa.",
        "Studi Banding\nAgenda rombongan selama perjalanan tersebut adalah berdiskusi dengan pengurus BUMDes.",
        "Studi banding ke Desa Pujon Kidul pada pekan lalu itu merupakan yang pertama bagi mereka.",
        "Benchmarking ke Kota Surabaya kali ini adalah bagian dari rangkaian Diklat PKA.",
    ],
)
def test_a_demonstrative_subject_is_no_definition(text: str) -> None:
    assert visits._EXPLAINER.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Apa Itu Studi Banding\nSecara umum, kegiatan belajar ke daerah lain adalah cara menimba pengalaman.",
        "Benchmarking adalah proses membandingkan kinerja dengan praktik terbaik pihak lain.",
    ],
)
def test_a_definition_is_still_one(text: str) -> None:
    assert visits._EXPLAINER.search(text) is not None


# ---------------------------------------------------------------- heads of other regions who joined the trip
# Reports list the heads who came along right after "that visit" ("Turut dalam kunjungan itu Bupati A, …"),
# and acting heads ("Pj.", "Plt", "Plh", "Pjs") stand in such lists like any head: each one's region is a
# sending body of its own.
def _origins(text: str) -> list[str | None]:
    return [e.visit.origin.regency or e.visit.origin.province for e in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "Rombongan Pemerintah Kabupaten Sleman melakukan studi banding ke Mal Pelayanan Publik Kota Batam, Kamis "
            "(5/9/2024). Turut dalam kunjungan itu Bupati Sleman, Budi Hartono, Pj. Bupati Kulon Progo, Andi Wijaya, "
            "dan Plt. Bupati Gunungkidul Sri Lestari.",
            {"Kabupaten Kulon Progo", "Kabupaten Gunungkidul"},
        ),
        (
            "Pemkot Parepare belajar pengelolaan sampah di Kota Surabaya, Senin (2/10/2023). Ikut serta dalam "
            "rombongan tersebut Wali Kota Parepare Taufan, Pj Wali Kota Palopo Asrul dan Pj. Bupati Pinrang Rahman.",
            {"Kota Palopo", "Kabupaten Pinrang"},
        ),
        (
            "DPRD Kabupaten Bantul melakukan kunjungan kerja untuk belajar ke DPRD Kota Malang pada Rabu (4/10/2023). "
            "Turut pula dalam kunjungan ini Bupati Bantul Halim, Plh. Bupati Kulon Progo Rudi, serta Pjs Bupati "
            "Sleman Agus.",
            {"Kabupaten Kulon Progo", "Kabupaten Sleman"},
        ),
        (
            "Tim Pemkab Kerinci studi tiru ke Kabupaten Banyuwangi, Selasa (3/10/2023). Ikut hadir dalam rombongan "
            "itu Bupati Kerinci Adirozal, Pj. Wali Kota Sungai Penuh Asraf, dan Pj Bupati Merangin Mukti.",
            {"Kota Sungai Penuh", "Kabupaten Merangin"},
        ),
    ],
)
def test_heads_who_joined_the_visit_are_senders(text: str, joined: set[str]) -> None:
    assert joined <= set(_origins(text))


@pytest.mark.parametrize(
    "text",
    [
        # the sender's own official joined: no other body
        "Rombongan Pemerintah Kabupaten Sleman melakukan studi banding ke Mal Pelayanan Publik Kota Batam, Kamis "
        "(5/9/2024). Turut dalam kunjungan itu Kepala Dinas Kominfo Kabupaten Sleman, Budi Hartono.",
        # an acting head beside the host's head received the group: no list of guests
        "Rombongan Pemerintah Kabupaten Sleman melakukan studi banding ke Mal Pelayanan Publik Kota Batam, Kamis "
        "(5/9/2024). Rombongan diterima Wali Kota Batam, Amsakar, didampingi Pj. Bupati Bintan, Andi.",
    ],
)
def test_one_sender_when_no_other_head_joined(text: str) -> None:
    assert _origins(text) == ["Kabupaten Sleman"]


# ---------------------------------------------------------------- a council's people before each council listed
# "anggota DPRD A dan anggota DPRD B", "Komisi II DPRD C bersama Komisi III DPRD D": the council's people written
# again before each member do not break the list of senders (after a bare comma they open a clause of their own).
@pytest.mark.parametrize(
    ("text", "senders"),
    [
        (
            "DPRD Kota Blitar menerima kunjungan kerja anggota DPRD Kabupaten Kediri dan anggota DPRD Kabupaten "
            "Tulungagung yang ingin belajar soal perda, Senin (9/10/2023).",
            ["Kabupaten Kediri", "Kabupaten Tulungagung"],
        ),
        (
            "Rombongan pimpinan DPRD Kabupaten Sumedang serta para anggota DPRD Kabupaten Garut datang ke Kota "
            "Cimahi untuk studi banding, Rabu (11/10/2023).",
            ["Kabupaten Sumedang", "Kabupaten Garut"],
        ),
        (
            "Komisi II DPRD Kabupaten Bone bersama Komisi III DPRD Kabupaten Wajo melakukan studi banding ke Kota "
            "Makassar pada Kamis (12/10/2023).",
            ["Kabupaten Bone", "Kabupaten Wajo"],
        ),
        (
            "Sekretariat DPRD Kota Palu menerima studi banding Pansus DPRD Kabupaten Donggala beserta Pansus DPRD "
            "Kabupaten Parigi Moutong, Jumat (13/10/2023).",
            ["Kabupaten Donggala", "Kabupaten Parigi Moutong"],
        ),
    ],
)
def test_council_people_repeated_in_a_list_of_senders(text: str, senders: list[str]) -> None:
    assert _origins(text) == senders


@pytest.mark.parametrize(
    "text",
    [
        # after a bare comma the council's people are the subject of a new clause
        "Usai berkonsultasi ke kementerian di Jakarta, anggota DPRD Kabupaten Kediri berangkat studi banding ke "
        "Kota Malang, Senin (9/10/2023).",
        # one sender's officials and its council: one region
        "Studi banding ke Kota Malang diikuti Bupati Kediri, Wakil Bupati Kediri dan anggota DPRD Kabupaten "
        "Kediri, Senin (9/10/2023).",
    ],
)
def test_one_sender_beside_a_council_clause(text: str) -> None:
    assert _origins(text) == ["Kabupaten Kediri"]


# ---------------------------------------------------------------- hard-wrapped text
# A copy wrapped at a fixed width breaks its lines inside sentences again and again; its sentences go on
# across single line breaks, so a sender named right after a line break keeps the words before it.
@pytest.mark.parametrize(
    "text",
    [
        "Prestasi Kota Batu menarik minat Dinas\nPerpustakaan Kabupaten Blitar untuk datang\nke sana, dan rombongan "
        "disambut\nkepala dinas\nsetempat.",
        "Para kepala desa dari\nKabupaten Lamongan melakukan studi tiru\nke Desa Ponggok, sebab desa\nitu\nterkenal.",
        "Rombongan DPRD Kota Bima\nberkunjung ke DPRD Kota Mataram,\nlalu mereka\nbelajar soal perda.",
        "Tim penggerak PKK yang\ndipimpin ketua\ntiba di Kabupaten Banyuwangi dan\nlangsung berdiskusi.",
    ],
)
def test_a_hard_wrapped_text_keeps_its_sentences(text: str) -> None:
    assert sentences.sentence_spans(text) == [(0, len(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a headline and a dateline, each on its own line: separate
        ("Pemkab Garut Studi Banding ke Magelang\nGARUT - Rombongan berangkat Senin.", 2),
        # one stray break is no wrapping
        ("Rombongan tiba di Kota Batu\npada Senin. Mereka disambut wali kota\nsetempat.\nAcara berlanjut.", 5),
    ],
)
def test_lines_of_an_unwrapped_text_stay_apart(text: str, count: int) -> None:
    assert len(sentences.sentence_spans(text)) == count


# ---------------------------------------------------------------- a return visit not yet made
@pytest.mark.parametrize(
    "sentence",
    [
        "Wali kota berkata bukan tidak mungkin Pemkot Magelang nantinya juga berkunjung ke Pemkab Garut untuk "
        "bertukar pengalaman.",
        "Ia menambahkan, Pemkot Magelang kelak juga akan studi banding ke Kabupaten Garut.",
    ],
)
def test_a_possible_return_visit_is_no_record(sentence: str) -> None:
    text = (
        "Rombongan Pemerintah Kabupaten Garut melakukan studi banding ke Pemerintah Kota Magelang, Rabu (9/1/2019). "
        + sentence
    )
    assert _origins(text) == ["Kabupaten Garut"]


# ---------------------------------------------------------------- classes widened
# any noun of where a trip goes, with the trip after it, states a trip (and makes the place before it the host)
@pytest.mark.parametrize(
    "text",
    [
        "Desa Wisata Kandri menjadi sasaran studi banding perangkat desa dari Kabupaten Kendal.",
        "Pasar Gede Solo dijadikan obyek studi tiru oleh pengurus pasar Kabupaten Boyolali.",
        "Kota Magelang kini menjadi destinasi benchmarking para pejabat Pemkab Wonosobo.",
        "Kabupaten Bantul menjadi jujugan kunjungan kerja DPRD Kota Madiun pekan lalu.",
    ],
)
def test_a_destination_noun_before_the_trip_states_it(text: str) -> None:
    cues.travel_cue.cache_clear()
    assert cues.travel_cue(text)


@pytest.mark.parametrize(
    "text",
    [
        # the noun with no trip after it
        "Bank sampah itu menjadi sasaran program pemerintah tahun depan.",
        "Festival budaya menjadi destinasi wisata baru bagi warga setempat.",
    ],
)
def test_a_destination_noun_without_a_trip_states_none(text: str) -> None:
    cues.travel_cue.cache_clear()
    assert not cues.travel_cue(text)


# the host receives the trainees in any manner: "menyambut hangat", "menerima dengan baik"
@pytest.mark.parametrize(
    "text",
    [
        "Wakil Bupati Sidoarjo menyambut hangat peserta PKA asal Provinsi Kalimantan Timur.",
        "Sekda Kota Batu menerima dengan baik 30 peserta Latsar CPNS Kabupaten Kediri.",
        "Camat Depok menyambut langsung para praja IPDN yang tiba siang itu.",
        "Kepala Dinas Pertanian menjamu secara resmi siswa Sespimmen Polri di kantornya.",
    ],
)
def test_a_host_receiving_trainees_in_any_manner(text: str) -> None:
    assert cues._HOST_RECEIVES.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # a certificate received, not trainees
        "Para peserta menerima dengan baik sertifikat dari panitia.",
        # warm words about a programme, not a group received
        "Bupati menyambut baik program pelatihan yang digagas provinsi.",
    ],
)
def test_receiving_no_trainees(text: str) -> None:
    assert cues._HOST_RECEIVES.search(text) is None


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
    assert visits._TRAVELLERS.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # people of a kind, neither counted nor a group
        "Ketua panitia menjelaskan jadwal kegiatan kepada wartawan.",
        "Staf ahli bupati membacakan sambutan tertulis.",
    ],
)
def test_uncounted_people_are_no_group(text: str) -> None:
    assert visits._TRAVELLERS.search(text) is None


# any learning drawn from the host ("menimba pengalaman/inspirasi/kiat", "berguru") is a stated purpose of learning
@pytest.mark.parametrize(
    "text",
    [
        "Satpol PP Kabupaten Kolaka menimba pengalaman penegakan perda dari Satpol PP Kota Kendari.",
        "Para lurah menimba inspirasi pengelolaan bank sampah di Kota Malang.",
        "Rombongan Pemkab Sorong Selatan berguru soal pengelolaan pasar ke Pemkot Sorong.",
        "Pengurus BUMDes menimba kiat pemasaran produk desa dari pengelola Desa Ponggok.",
    ],
)
def test_every_way_of_drawing_learning_is_a_purpose(text: str) -> None:
    assert cues.LEARNING.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Warga menimbang untung rugi pembangunan pasar baru itu.",
        "Petugas menimbun pasir di tepi sungai untuk menahan banjir.",
    ],
)
def test_other_words_are_no_learning(text: str) -> None:
    assert cues.LEARNING.search(text) is None


# the trip written as a noun with the body that went, then where to
@pytest.mark.parametrize(
    "text",
    [
        "Studi banding DPRD Kabupaten Muara Enim ke DPRD Kota Palembang digelar Senin pagi.",
        "Kunjungan kerja Pemkab Merangin ke Kota Jambi membahas pengelolaan pasar.",
        "Benchmarking Dinas Kominfo Kota Tidore ke Kota Ternate berlangsung dua hari.",
        "Studi tiru para kepala desa Kabupaten Lebak ke Desa Cibodas berjalan lancar.",
    ],
)
def test_the_trip_as_a_noun_names_who_went(text: str) -> None:
    assert visits._TRAVELLERS.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # the trip named with no body that went
        "Studi banding ke Kota Palembang dinilai penting oleh pengamat.",
        # a body that talks about trips, none gone
        "Studi banding menurut DPRD Kota Palembang perlu dievaluasi.",
    ],
)
def test_the_trip_as_a_noun_without_a_body(text: str) -> None:
    assert visits._TRAVELLERS.search(text) is None


# arriving at any unit of the host makes its region the destination; a place of passage does not
def _destinations(text: str) -> list[str | None]:
    return [e.visit.destination.regency or e.visit.destination.province for e in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Rombongan Pemkab Sleman tiba di Polda Bali untuk studi banding, Rabu (11/10/2023).", "Bali"),
        (
            "Rombongan Pemkab Sleman tiba di Dinas Pariwisata Kota Denpasar untuk studi banding, Rabu (11/10/2023).",
            "Kota Denpasar",
        ),
        ("Para camat Kabupaten Bone sampai di Mal Pelayanan Publik Kota Makassar untuk studi tiru.", "Kota Makassar"),
        ("Tim Pemkot Ambon tiba di Bappeda Kota Bitung untuk belajar perencanaan daerah.", "Kota Bitung"),
    ],
)
def test_arriving_at_a_unit_of_the_host(text: str, where: str) -> None:
    assert _destinations(text) == [where]


@pytest.mark.parametrize(
    "text",
    [
        "DPRD Provinsi Jambi melakukan studi banding ke DPRD Provinsi Maluku. Sejak mendarat di Bandara Pattimura "
        "Ambon, mereka terpukau.",
        "DPRD Provinsi Jambi melakukan studi banding ke DPRD Provinsi Maluku. Rombongan tiba di Hotel Santika Ambon "
        "malam harinya.",
    ],
)
def test_a_place_of_passage_is_no_destination(text: str) -> None:
    assert _destinations(text) == ["Maluku"]


# arriving, by any verb, at a named place states a trip
@pytest.mark.parametrize(
    "text",
    [
        "Para camat Kabupaten Bone sampai di Mal Pelayanan Publik Kota Makassar untuk studi tiru.",
        "Rombongan mendarat di Kota Kupang pada Senin pagi.",
        "Para lurah itu akhirnya menginjakkan kaki di Desa Pujon Kidul.",
        "Peserta sampai dengan selamat di Kabupaten Badung menjelang sore.",
    ],
)
def test_arriving_by_any_verb_states_a_trip(text: str) -> None:
    cues.travel_cue.cache_clear()
    assert cues.travel_cue(text)


@pytest.mark.parametrize(
    "text",
    [
        "Program itu dijalankan dari provinsi sampai di tingkat desa.",
        "Diskusi berlanjut sampai di penghujung acara.",
    ],
)
def test_reaching_no_place_states_no_trip(text: str) -> None:
    cues.travel_cue.cache_clear()
    assert not cues.travel_cue(text)


# deputy heads stand in a list of heads like acting ones, and a visit by any of its names ("kunjungan
# belajar/studi") names its sender after it, heads of region too
@pytest.mark.parametrize(
    ("text", "senders"),
    [
        (
            "Bupati Badung menerima studi banding Wakil Bupati Tabanan dan Wakil Bupati Karangasem, Senin (9/10/2023).",
            ["Kabupaten Tabanan", "Kabupaten Karangasem"],
        ),
        (
            "Pemkot Malang menerima kunjungan belajar Bupati Blitar dan Wakil Wali Kota Kediri, Selasa (10/10/2023).",
            ["Kabupaten Blitar", "Kota Kediri"],
        ),
        (
            "Turut dalam kunjungan itu Wali Kota Bima Lutfi, Wakil Bupati Dompu Syahrul, serta Wakil Bupati Sumbawa "
            "Dewi. Rombongan studi tiru ke Kabupaten Lombok Barat, Rabu (11/10/2023).",
            ["Kota Bima", "Kabupaten Dompu", "Kabupaten Sumbawa"],
        ),
        (
            "Pemprov Jawa Timur menerima kunjungan studi Wakil Gubernur Gorontalo soal pelabuhan, Kamis (12/10/2023).",
            ["Gorontalo"],
        ),
    ],
)
def test_deputy_heads_and_visits_by_any_name(text: str, senders: list[str]) -> None:
    assert _origins(text) == senders


@pytest.mark.parametrize(
    "text",
    [
        # the host's own head and deputy received the group
        "Rombongan Pemkab Tabanan studi banding ke Kabupaten Badung, Senin (9/10/2023). Mereka diterima Bupati "
        "Badung dan Wakil Bupati Badung.",
        # the group's deputy head and its own council's deputy chair: one sender
        "Wakil Bupati Tabanan memimpin studi banding ke Kabupaten Badung, Senin (9/10/2023), didampingi Wakil Ketua "
        "DPRD Tabanan.",
    ],
)
def test_one_sender_with_deputies_of_one_side(text: str) -> None:
    assert _origins(text) == ["Kabupaten Tabanan"]
