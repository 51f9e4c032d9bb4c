"""people.find_officials / clean_name on hand-written news-style Indonesian sentences."""

from __future__ import annotations

import pytest

from diklat_cli.extract.people import OfficialMention, clean_name, find_officials


def names(text: str) -> list[str]:
    return [o.name for o in find_officials(text)]


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.title) for o in find_officials(text)]


# --- clean_name ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Dr Ruslan Abu SH MH", "Ruslan Abu"),
        ("Drs. H. Andi Harun", "Andi Harun"),
        ("HM.Taufan Pawe", "Taufan Pawe"),
        ("Drs.muhtar", "Muhtar"),
        ("Prof. Dr. Ir. H. Budi Santoso, M.Sc., Ph.D.", "Budi Santoso"),
        ("Hj. Sitti Nurbaya, S.Sos., M.Si.", "Sitti Nurbaya"),
        ("Rina Marlina,S.STP,M.AP", "Rina Marlina"),
        ("M Yusuf S Sos", "M Yusuf"),  # "S Sos" is S.Sos written without the dot
        ("Drs H T Rizal Akbar S MSi MH", "T Rizal Akbar"),  # the lone S belongs to the titles
        ("Kombes Pol Dedi Prasetyo", "Dedi Prasetyo"),
        ("Komisaris Jenderal Polisi Arief Wibowo", "Arief Wibowo"),
        ("Kolonel Inf (Purn) Yusuf Hamdani", "Yusuf Hamdani"),
        ("Ibu Lestari Handayani", "Lestari Handayani"),
        ("Sutarjo", "Sutarjo"),
    ],
)
def test_clean_name(raw: str, want: str) -> None:
    assert clean_name(raw) == want


# --- role then name -----------------------------------------------------------------------


def test_role_comma_name() -> None:
    text = "Kepala Badan Diklat Provinsi Jambi, Hasan Basri ketika diterima di aula kantor."
    [o] = find_officials(text)
    assert (o.name, o.title) == ("Hasan Basri", "Kepala Badan Diklat Provinsi Jambi")
    assert text[o.start : o.end] == "Hasan Basri"
    assert o.title_span is not None and text[o.title_span[0] : o.title_span[1]] == o.title


def test_role_with_abbreviation_in_brackets() -> None:
    text = "Sekretaris Daerah (Sekda) Kabupaten Kendal, Sugiono, menyambut para peserta."
    assert pairs(text) == [("Sugiono", "Sekretaris Daerah (Sekda) Kabupaten Kendal")]


def test_name_at_tail_of_role() -> None:
    text = "Menurut Kepala BPSDM Sulteng Andi Saiful Rahman dalam sambutannya, lokus dipilih."
    assert pairs(text) == [("Andi Saiful Rahman", "Kepala BPSDM Sulteng")]


def test_place_in_role_is_not_the_name() -> None:
    # "Kendari" is a place here: the article says "Kota Kendari"
    text = (
        "Peserta tiba di Kota Kendari. Kepala Dinas Perhubungan Kendari Rahmat Hidayat "
        "menjelaskan sistem angkutan kota."
    )
    assert names(text) == ["Rahmat Hidayat"]


def test_academic_title_splits_role_from_name() -> None:
    text = "Rombongan disambut Wali Kota Kupang Dr Ir H Yohanis Benu SH MSi di balai kota."
    assert pairs(text) == [("Yohanis Benu", "Wali Kota Kupang")]


def test_rank_splits_role_from_name() -> None:
    text = (
        "Rombongan didampingi Wakil Kepala Sespim Polri, Brigjen Pol Hendra Kurniawan, dan "
        "Sekretaris Utama Lemhannas RI Laksamana Muda TNI Bambang Irawan."
    )
    assert names(text) == ["Hendra Kurniawan", "Bambang Irawan"]


def test_lowercase_name_after_title() -> None:
    text = "Selaku ketua rombongan, Kepala BKD Kabupaten Bone, Drs.sulaiman, berterima kasih."
    assert names(text) == ["Sulaiman"]


def test_list_of_officials() -> None:
    text = (
        "Ikut menyambut Asisten Pemerintahan H Rusdi Hamid S Sos, Kepala BKPP Dra. Nur Aini, "
        "Kabag Humas Drs Ahmad Fauzi serta kepala SKPD lainnya."
    )
    assert pairs(text) == [
        ("Rusdi Hamid", "Asisten Pemerintahan"),
        ("Nur Aini", "Kepala BKPP"),
        ("Ahmad Fauzi", "Kabag Humas"),
    ]


def test_field_list_in_role() -> None:
    text = "Peserta diterima Staf Ahli Bidang Hukum, Politik, dan Sosial Pemkot Solo, Arif Budiman."
    role = "Staf Ahli Bidang Hukum, Politik, dan Sosial Pemkot Solo"
    assert pairs(text) == [("Arif Budiman", role)]


def test_short_role_and_single_name() -> None:
    text = "Mewakili Bupati Suyatno, Sekretaris Daerah Kabupaten Pati, Jumani, membuka acara."
    assert pairs(text) == [("Suyatno", "Bupati"), ("Jumani", "Sekretaris Daerah Kabupaten Pati")]


def test_region_word_after_bupati() -> None:
    text = (
        "Kabupaten Gianyar dipilih sebagai lokus. Bupati Gianyar Made Mahayastra menyambut "
        "peserta yang datang ke Gianyar."
    )
    assert names(text) == ["Made Mahayastra"]


# --- name then role -----------------------------------------------------------------------


def test_name_selaku_role() -> None:
    text = (
        "Rombongan disambut Dewi Kartika Sari selaku Staf Ahli Bupati Bidang Ekonomi bersama "
        "Rudy Hartono,S.STP,M.Si selaku Sekretaris Bappeda Kabupaten Kudus."
    )
    assert pairs(text) == [
        ("Dewi Kartika Sari", "Staf Ahli Bupati Bidang Ekonomi"),
        ("Rudy Hartono", "Sekretaris Bappeda Kabupaten Kudus"),
    ]


def test_name_yang_menjabat_role_keeps_the_fuller_title() -> None:
    text = (
        "Di sisi lain, ketua rombongan Yosef Wenda, yang menjabat Kepala Bidang Diklat Teknis "
        "BPSDM Provinsi Papua, menuturkan alasan pemilihan lokus."
    )
    assert pairs(text) == [("Yosef Wenda", "Kepala Bidang Diklat Teknis BPSDM Provinsi Papua")]


def test_name_comma_role() -> None:
    text = "Hal itu dijelaskan Markus Tandi, Asisten Umum Setda Kota Ambon yang hadir mewakili."
    assert pairs(text) == [("Markus Tandi", "Asisten Umum Setda Kota Ambon")]


def test_titled_name_directly_before_role() -> None:
    text = "Dalam kesempatan itu, Dr. Hendrik MA WI Ahli Utama Puslatbang LAN bertindak memimpin."
    assert names(text) == ["Hendrik"]


def test_name_from_agency_after_speech_verb() -> None:
    text = '"Semoga bermanfaat," kata Sri Wahyuni Lestari dari Badan Diklat Daerah Provinsi Jawa Timur kepada wartawan.'
    assert pairs(text) == [("Sri Wahyuni Lestari", "Badan Diklat Daerah Provinsi Jawa Timur")]


# --- merging ------------------------------------------------------------------------------


def test_mentions_of_one_person_merge() -> None:
    text = (
        "Rombongan diterima oleh Sekretaris Daerah Yohanes Lakon di ruang rapat. "
        'Sekda Lakon meminta semua dinas menyiapkan data. "Silakan belajar," tutup Lakon.'
    )
    [o] = find_officials(text)
    assert o.name == "Yohanes Lakon"
    assert o.title == "Sekretaris Daerah"
    assert text[o.start : o.end] == "Yohanes Lakon"


def test_fullest_name_and_title_kept_in_order_of_first_appearance() -> None:
    text = (
        "Sekda Hartono membuka acara. Kepala Dinas Kominfo, Lina Marlina, memaparkan aplikasi. "
        "Sekretaris Daerah Kabupaten Blora Budi Hartono menutup kegiatan."
    )
    got = find_officials(text)
    assert [(o.name, o.title) for o in got] == [
        ("Budi Hartono", "Sekretaris Daerah Kabupaten Blora"),
        ("Lina Marlina", "Kepala Dinas Kominfo"),
    ]
    assert all(isinstance(o, OfficialMention) for o in got)


# --- what is not an official --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acara berlangsung di Kantor Bupati Sleman dan dihadiri para Kepala OPD.",
        "Peserta mengunjungi Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya.",
        "Dalam sambutannya, Walikota menyampaikan selamat datang kepada peserta.",
        "Gubernur Sulawesi Selatan diwakili oleh stafnya dalam acara itu.",
        "Kegiatan ini berpedoman pada Peraturan Kepala LAN Nomor 15 Tahun 2019.",
        "Kepala UPT Puskesmas Kedungkandang menjelaskan alur layanan kepada peserta.",
        "Pada kesempatan itu Kepala Dinas Kesehatan menjelaskan program stunting, Senin.",
        "Kota Tangerang meraih penghargaan berkat kepemimpinan Walikota Tangerang dalam kesehatan.",
        "Rombongan tiba di ruang rapat Wali Kota, Selasa (12/3), dan langsung berdiskusi.",
    ],
)
def test_no_official(text: str) -> None:
    assert find_officials(text) == []


def test_headline_words_are_not_names() -> None:
    text = (
        "Peserta Diklatpim Lurah Pemprov Banten Berkunjung ke Bogor\n\n"
        "Baca juga: Gubernur Kaltara Tinjau Jembatan Baru di Tanjung Selor\n"
    )
    assert find_officials(text) == []


def test_titles_glued_with_dots_are_not_names() -> None:
    text = "Rombongan disambut Agus Salim,S.Sos,M.Si selaku Kepala Bagian Umum Setda Kota Bima."
    assert names(text) == ["Agus Salim"]


def test_empty_text() -> None:
    assert find_officials("") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office shortened into one word is part of the role, not of the name
        (
            "Turut hadir Kepala Bappelitbang Hendra Gunawan dan Kepala Disbudpar Rina Marlina.",
            [("Hendra Gunawan", "Kepala Bappelitbang"), ("Rina Marlina", "Kepala Disbudpar")],
        ),
        # after a village's or a unit's kind the capitalised words name the unit
        ("Rombongan disambut Ketua Pengelola Desa Wisata Watu Gede.", []),
        ("Hadir Kepala Desa Sumberejo serta Ketua Pengelola Desa Wisata Sumberejo Indah.", []),
        # roles written as one word are no names
        ("Turut hadir Camat, Danramil dan Kapolsek setempat.", []),
        ("Kunjungan diterima Kepala Lapas Terbuka.", []),
        # a field joined by "dan" goes on in the role
        ("Paparan disampaikan Kabid Pengembangan Kompetensi dan Fasilitasi Profesi.", []),
    ],
)
def test_unit_words_are_no_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == expected


def test_a_family_name_that_is_also_a_place() -> None:
    text = "Rombongan diterima Asisten Administrasi Umum Setda Kabupaten Maros, Andi Bone, pada Rabu."
    assert [(o.name, o.title) for o in find_officials(text)] == [
        ("Andi Bone", "Asisten Administrasi Umum Setda Kabupaten Maros")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # roles of the travelling school and of the host that reports name often
        (
            "Tim dipimpin Tenaga Ahli Pengajar Bidang Geografi Lemhannas RI, Prof. Yusuf Hadi disambut tari.",
            [("Yusuf Hadi", "Tenaga Ahli Pengajar Bidang Geografi Lemhannas RI")],
        ),
        (
            "Pimpinan Diklatpim, H Rusdi Amin mengungkapkan kegiatan berjalan baik.",
            [("Rusdi Amin", "Pimpinan Diklatpim")],
        ),
        (
            "Rombongan diterima Assisten Umum Setda Kota Binjai Rahmat Hidayat di ruang rapat.",
            [("Rahmat Hidayat", "Assisten Umum Setda Kota Binjai")],
        ),
        # the letter after "Komisi" names the komisi, not the person
        (
            "Ketua Komisi B Yosef Bata dan Ketua Komisi C Frans Lewa sudah memastikan tujuan.",
            [("Yosef Bata", "Ketua Komisi B"), ("Frans Lewa", "Ketua Komisi C")],
        ),
        # a shortened first name with its dot at the tail of the role
        (
            "Rombongan disambut Kasubag Umum Sekretariat DPRD Moch. Arif Rahman di ruang rapat.",
            [("Moch Arif Rahman", "Kasubag Umum Sekretariat DPRD")],
        ),
        # a cohort number inside the role does not end it
        (
            "Ketua PKDN Sespimmen Polri ke-64, Kombes Pol. Adi Nugroho menyampaikan terima kasih.",
            [("Adi Nugroho", "Ketua PKDN Sespimmen Polri ke-64")],
        ),
    ],
)
def test_more_role_heads(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == expected


# a region whose name is two or three words, after a role or a body, is the role's place, every word of it:
# the person's name starts after it, not at its last word
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rombongan disambut Wakil Bupati Tanah Datar Rahmat Hidayat di aula.", "Rahmat Hidayat"),
        ("Ketua DPRD Kabupaten Kapuas Hulu Yusuf Anwar membuka pertemuan itu.", "Yusuf Anwar"),
        ("Sekretaris Daerah Kota Palangka Raya Hadi Susilo menerima para tamu.", "Hadi Susilo"),
        ("Kepala Bappeda Kabupaten Kubu Raya Andi Wijaya memaparkan programnya.", "Andi Wijaya"),
    ],
)
def test_a_region_of_several_words_belongs_to_the_role(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one word of a region's name alone is a person's name ("Raya" of Kubu Raya, "Hulu" of Kapuas Hulu)
        ("Ketua DPRD Sintang Raya Putra menerima para tamu.", "Raya Putra"),
        # a region's first word as a name, the second word missing
        ("Kepala Dinas Pendidikan Tanah Laut Budi menerima para tamu.", None),
    ],
)
def test_near_misses_of_a_region_of_several_words(text: str, name: str | None) -> None:
    if name is not None:
        assert name in names(text)
    else:
        assert "Laut Budi" not in names(text)


# a former holder of a role ("mantan", "eks") is no official of the visit
@pytest.mark.parametrize(
    "text",
    [
        "Di sisi lain, mantan Bupati Sigi, Ahmad Yani, mengkritik kunjungan itu.",
        "Mantan Ketua DPRD Kota Palu, Budi Santoso, menyebut studi banding itu boros.",
        "Menurut eks Kepala Dinas Pariwisata Hasan Basri, kunjungan itu tidak perlu.",
        "Hal itu dikatakan mantan Camat Biromaru Rahmat Hidayat kepada wartawan.",
    ],
)
def test_a_former_holder_is_no_official(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the role held now, beside a former one, names its holder
        ("Bupati Sigi Ahmad Yani, mantan Ketua DPRD, menerima rombongan.", "Ahmad Yani"),
        # a role that is no "mantan" ("Kepala" after "mantan" only in another clause)
        ("Rombongan mantan peserta diterima Kepala Dinas Pariwisata Hasan Basri.", "Hasan Basri"),
    ],
)
def test_a_present_holder_stays_an_official(text: str, name: str) -> None:
    assert name in names(text)


# a member of a council or of its bodies, named with the body ("Anggota DPRD X Name", "Anggota Komisi B Name")
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anggota DPRD Kabupaten Sigi Ahmad Yani mengatakan kunjungan itu penting.", "Ahmad Yani"),
        ("Anggota Komisi B DPRD Kota Palu, Budi Santoso, menyebut hasilnya baik.", "Budi Santoso"),
        ("Hal itu disampaikan Anggota Pansus II Hasan Basri di ruang rapat.", "Hasan Basri"),
        ("Anggota Banggar DPRD Sulteng Rahmat Hidayat menjelaskan programnya.", "Rahmat Hidayat"),
    ],
)
def test_a_council_member_is_an_official(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # the members of the group, no one named
        "Anggota rombongan tiba di bandara pukul 10.00.",
        # "anggota" in prose, in lower case, before a name of no body
        "Seluruh anggota DPRD hadir dalam rapat itu.",
    ],
)
def test_members_named_by_no_one(text: str) -> None:
    assert names(text) == []


# "Sekertaris", the way reports often misspell "Sekretaris", heads a role as the right spelling does
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sekertaris DPRD Kabupaten Sigi Ahmad Yani menyampaikan salam.", "Ahmad Yani"),
        ("Rombongan diterima Sekertaris Daerah Kota Palu, Budi Santoso, di aula.", "Budi Santoso"),
        ("Sekertaris Dinas Pariwisata Hasan Basri mendampingi rombongan.", "Hasan Basri"),
        ("Menurut Sekertaris Camat Biromaru Rahmat Hidayat, kunjungan berjalan lancar.", "Rahmat Hidayat"),
    ],
)
def test_a_misspelt_sekretaris_heads_a_role(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sekertaris rombongan mencatat seluruh kegiatan di buku harian.",
        "Jabatan sekertaris daerah masih kosong hingga kini.",
    ],
)
def test_a_misspelt_sekretaris_without_a_name(text: str) -> None:
    assert names(text) == []


# a connective opening a sentence before its comma ("Senada,", "Sebaliknya,", "Terpisah,") is no person: the
# official is the role and name after it
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Senada, Kepala Dinas Pariwisata Kabupaten Badung Made Sudana menyebut kunjungan itu bermanfaat.",
            [("Made Sudana", "Kepala Dinas Pariwisata Kabupaten Badung")],
        ),
        (
            "Sebaliknya, Wakil Bupati Sinjai Andi Kartini menegaskan kunjungan itu perlu.",
            [("Andi Kartini", "Wakil Bupati Sinjai")],
        ),
        (
            "Terpisah, Ketua Komisi II DPRD Kota Palopo Budi Santoso mengatakan rombongan tiba Senin.",
            [("Budi Santoso", "Ketua Komisi II DPRD Kota Palopo")],
        ),
        (
            "Senada, Sekretaris Daerah Kota Batam Jefridin berharap kerja sama berlanjut.",
            [("Jefridin", "Sekretaris Daerah Kota Batam")],
        ),
    ],
)
def test_a_connective_before_the_comma_is_no_name(text: str, want: list[tuple[str, str]]) -> None:
    assert pairs(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a person's name before the comma stays the name
        (
            "Made Sudana, Kepala Dinas Pariwisata Kabupaten Badung, menyebut kunjungan itu bermanfaat.",
            [("Made Sudana", "Kepala Dinas Pariwisata Kabupaten Badung")],
        ),
        # a question opening the paragraph leaves the official after it as it was
        (
            "Kenapa studi banding? Sekretaris Daerah Kota Batam Jefridin menjawab singkat.",
            [("Jefridin", "Sekretaris Daerah Kota Batam")],
        ),
    ],
)
def test_a_name_before_the_comma_stays(text: str, want: list[tuple[str, str]]) -> None:
    assert pairs(text) == want


# Reports name an official in full once ("Wakil Bupati Yusuf Widyatmoko") and then by the first name alone
# ("kata Yusuf"): a first word the article also writes alone is the person's own name unless it names a
# region ("Bupati Tabanan Eka Wiraystuti … ke Tabanan").
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Rombongan diterima Wakil Bupati Hendra Kusuma di pendopo. Menurut Hendra, program itu berhasil.",
            "Hendra Kusuma",
            "Wakil Bupati",
        ),
        (
            "Tamu disambut Wawali Agus Wibawa. Agus mengatakan kota siap berbagi pengalaman.",
            "Agus Wibawa",
            "Wawali",
        ),
        (
            "Hadir pula Bupati Rahmat Effendi bersama jajaran. Kepada peserta, Rahmat berpesan agar belajar.",
            "Rahmat Effendi",
            "Bupati",
        ),
        (
            "Kunjungan diterima Gubernur Sutarmidji Arsyad. Sutarmidji mengapresiasi rombongan.",
            "Sutarmidji Arsyad",
            "Gubernur",
        ),
        # near-misses: the first word is a region the article names alone, it belongs to the role
        (
            "Peserta datang ke Tabanan. Bupati Tabanan Eka Wiraystuti menyambut rombongan di Tabanan.",
            "Eka Wiraystuti",
            "Bupati Tabanan",
        ),
        (
            "Rombongan tiba di Sleman. Wakil Bupati Sleman Danang Maharsa menerima mereka.",
            "Danang Maharsa",
            "Wakil Bupati Sleman",
        ),
    ],
)
def test_first_name_used_alone_stays_in_the_name(text: str, name: str, title: str) -> None:
    assert (name, title) in pairs(text)


# A report spells one official's name two ways ("Jonpriadi" and later "Jon Priadi", "Moch Arif Mahmud" and
# "Moh Arif Mahmud"): names equal but for a space, a doubled letter, or one letter of one word among several
# are one person, kept as first written.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sekda Rudiyanto menyambut rombongan. Menurut Sekda Rudi Yanto, kunjungan itu bermanfaat.", ["Rudiyanto"]),
        (
            "Hadir Kabag Umum Moch Arif Mahmud. Kasubag Rumah Tangga Moh Arif Mahmud menambahkan.",
            ["Moch Arif Mahmud"],
        ),
        (
            "Kepala BKD Muhamad Aji Surya memimpin. Muhammad Aji Surya, Kepala BKD, menjelaskan.",
            ["Muhamad Aji Surya"],
        ),
        (
            "Kepala Dinas Sutrisno Hadi hadir. Kata Kepala Dinas Sutrisno Hadie, acara berjalan lancar.",
            ["Sutrisno Hadi"],
        ),
        # near-misses: two people whose single names differ by a letter, and two with one word in common
        ("Camat Sutarno dan Lurah Sutarto menerima rombongan di kantor.", ["Sutarno", "Sutarto"]),
        ("Bupati Budi Santoso didampingi Sekda Budi Hartono menerima tamu.", ["Budi Santoso", "Budi Hartono"]),
    ],
)
def test_one_name_spelled_two_ways(text: str, want: list[str]) -> None:
    assert names(text) == want


# --- a council's or a school's unit named after the head ---------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the capitalised word after "Badan"/"Panitia"/"Sekolah" names the unit, not the person
        ("Ketua Badan Legislasi Rahmat Hidayat memimpin rapat itu.", [("Rahmat Hidayat", "Ketua Badan Legislasi")]),
        ("Wakil Ketua Badan Kehormatan Sri Lestari menyambut tamu.", [("Sri Lestari", "Wakil Ketua Badan Kehormatan")]),
        ("Ketua Panitia Khusus Joko Prasetyo membuka diskusi.", [("Joko Prasetyo", "Ketua Panitia Khusus")]),
        ("Kepala Sekolah Dasar Wagiman menjelaskan program literasi.", [("Wagiman", "Kepala Sekolah Dasar")]),
        ("Ketua Dekranasda Ny Ratna Dewi ikut dalam rombongan.", [("Ratna Dewi", "Ketua Dekranasda")]),
        # a council's bodies written short: Bapemperda, Banmus, Baleg
        ("Wakil Ketua Bapemperda Gede Wirawan menerima tamunya.", [("Gede Wirawan", "Wakil Ketua Bapemperda")]),
        ("Ketua Banmus Rudi Hartono membuka pertemuan.", [("Rudi Hartono", "Ketua Banmus")]),
        # heads of office written short: the secretary of the council, a village head in Bali and Aceh,
        # a prison's head, a police chief
        ("Sekwan DPRD Kota Tegal Agung Mulyono menerima rombongan.", [("Agung Mulyono", "Sekwan DPRD Kota Tegal")]),
        ("Rombongan disambut Perbekel Tamanbali Ketut Sudarma.", [("Ketut Sudarma", "Perbekel Tamanbali")]),
        ("Rombongan diterima Geuchik Lamreung Rizal Fahmi di meunasah.", [("Rizal Fahmi", "Geuchik Lamreung")]),
        ("Kalapas Kelas IIA Budi Harsono memaparkan pembinaan.", [("Budi Harsono", "Kalapas Kelas IIA")]),
    ],
)
def test_unit_words_and_short_heads(text: str, want: list[tuple[str, str]]) -> None:
    assert pairs(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a body of officials is no person
        "Turut hadir Wakil Bupati, Muspika, dan para kepala desa.",
        "Acara dihadiri Bupati, Forkopimda, dan tokoh masyarakat.",
        # a link to another report inside a paragraph is a headline: its capitals prove nothing
        "Rombongan pulang sore itu. (Baca: Tamu Tak Datang, Kepala Dinas Pariwisata Minta Maaf) Rapat ditunda.",
        "Anggaran sudah disetujui (Baca juga: Bupati Jambi Hasilkan Kesepakatan Baru) sejak bulan lalu.",
    ],
)
def test_no_official_in_bodies_and_links(text: str) -> None:
    assert names(text) == []
