"""Participant counts: trainees only, in digits or Indonesian number words."""

from __future__ import annotations

import pytest

from diklat_cli.extract.participants import find_participants


def values(text: str) -> list[int]:
    return [p.value for p in find_participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kegiatan itu diikuti 30 peserta dari berbagai OPD.", 30),
        ("Rombongan terdiri atas tiga puluh peserta Diklatpim IV.", 30),
        ("Sebanyak 40 orang pejabat eselon III mengikuti kegiatan itu.", 40),
        ("Kunjungan tersebut diikuti 25 orang dari lingkungan Pemkab Sinjai.", 25),
        ("Sebanyak 32 orang peserta tiba di Bandara Sultan Hasanuddin.", 32),
        ("Rombongan berjumlah dua puluh lima orang peserta.", 25),
        ("Kegiatan ini diikuti oleh 45 orang pejabat administrator.", 45),
        ("sebanyak empat puluh peserta", 40),
        ("Peserta PKP Angkatan V berjumlah 35 orang.", 35),
    ],
)
def test_counts_trainees(text: str, expected: int) -> None:
    assert values(text) == [expected]


def test_span_covers_the_number_as_written() -> None:
    text = "Rombongan terdiri atas tiga puluh peserta Diklatpim IV."
    (p,) = find_participants(text)
    assert text[p.start : p.end] == "tiga puluh"


def test_digit_span() -> None:
    text = "Sebanyak 40 orang pejabat hadir."
    (p,) = find_participants(text)
    assert text[p.start : p.end] == "40"
    assert p.strong


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan didampingi 4 orang pembimbing dari BPSDM.",
        "Peserta didampingi 3 widyaiswara selama kegiatan.",
        "Menurut salah satu peserta, layanan itu sangat cepat.",
        "Puluhan peserta tampak antusias mengikuti paparan.",
        "Program ini sudah diterapkan di 28 kabupaten di Indonesia.",
        "Kegiatan berlangsung selama 5 hari di Kota Batam.",
        "Rombongan juga didampingi empat widyaiswara dan enam panitia.",
        "Sebanyak 12 orang panitia menyiapkan kegiatan.",
        "Peserta dibagi ke dalam 3 lokus.",
    ],
)
def test_not_counted(text: str) -> None:
    assert values(text) == []


def test_trainees_counted_escorts_not_in_one_sentence() -> None:
    text = "Sebanyak 30 peserta didampingi 4 orang pembimbing dan 2 widyaiswara."
    assert values(text) == [30]


def test_separate_counts_of_two_cohorts() -> None:
    text = "Peserta PKP Angkatan V berjumlah 35 orang, sedangkan Angkatan VI diikuti 36 orang."
    assert values(text) == [35, 36]


def test_date_and_time_are_not_counts() -> None:
    assert values("Pada 12/3 pukul 09.00, peserta tiba.") == []


# ---------------------------------------------------------------- issue 11: how reports give a head count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hadir pula sembilan calon pimpinan peserta Sespimti Polri.", 9),
        ("Sebanyak 28 orang Kepala Seksi Peserta Diklat tiba di lokasi.", 28),
        ("Bupati memboyong 65 orang ke Kabupaten Gianyar.", 65),
        ("Ketua BKAD membawa 48 orang, terdiri dari 40 kepala desa dan 8 anggota PKK.", 48),
    ],
)
def test_count_forms_of_real_reports(text: str, expected: int) -> None:
    assert values(text)[0] == expected


def test_the_part_of_a_cohort_that_came() -> None:
    assert values("Hanya 12 dari 48 peserta PKA yang ikut ke Kabupaten Sleman.")[0] == 12


def test_a_breakdown_names_the_trainees_of_a_group_total() -> None:
    assert values("Rombongan berjumlah 33 orang, terdiri dari 27 peserta dan 6 pendamping.")[0] == 27


def test_escorts_are_taken_out_of_a_group_total() -> None:
    text = (
        "Sebanyak 50 orang aparatur Kota Banjar berangkat ke Bali. Rombongan itu terdiri dari 8 camat, "
        "36 lurah serta 6 orang pimpinan rombongan dan pendamping."
    )
    assert values(text)[0] == 44


def test_escorts_included_in_a_total() -> None:
    assert values("Jumlah rombongan itu 21 orang, termasuk 3 pendamping.") == [18]


def test_a_number_after_a_header_time_stamp_is_no_count() -> None:
    assert values("Senin, 3 Juli 2023 | 09:30 WIB 15 orang\nSebanyak 40 peserta tiba.") == [40]


def test_escorts_besides_a_count_of_trainees_are_not_taken_out() -> None:
    text = "Sebanyak 31 peserta tiba di Bogor. Selain peserta, rombongan juga terdiri dari tiga coach dan dua panitia."
    assert values(text)[0] == 31


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sebanyak 18 anggota DPRD Kabupaten Kendal mendatangi kantor DPRD Kota Batu.", 18),
        ("Ke-25 siswa itu disambut Sekda Kota Binjai.", 25),
        ("Ke 40 pasis tersebut mendengarkan paparan Kapolda.", 40),
        # a council's members are the travellers of its trip, with the komisi between
        ("Kunjungan kerja 17 anggota Komisi B DPRD Kota Jambi ke Bandung tidak membuahkan hasil.", 17),
        ("Sebanyak dua belas anggota dewan bertolak ke Lombok.", 12),
    ],
)
def test_council_members_and_students_named_again(text: str, expected: int) -> None:
    assert values(text)[0] == expected


def test_a_staff_colleges_officer_students_are_its_trainees() -> None:
    from diklat_cli.extract.participants import find_participants

    # "perwira siswa" (pasis) are the trainees of Sesko/Sespim schools
    got = find_participants("Wali Kota menerima kunjungan 64 perwira siswa Seskoal di Balai Kota.")
    assert [m.value for m in got] == [64]
    got = find_participants("Sebanyak 40 pasis Sespimmen tiba di Kota Batu.")
    assert [m.value for m in got] == [40]
    # a school's pupils are not
    assert find_participants("Sekolah itu punya 300 siswa dan 20 guru.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak tiga puluh dua (32) peserta PKA melakukan studi lapangan.",
        "Tiga puluh dua (32) orang peserta PKA tiba di Cimahi.",
        "Kegiatan diikuti oleh tiga puluh dua (32) orang pejabat.",
    ],
)
def test_number_in_words_with_digits_in_brackets(text: str) -> None:
    assert [p.value for p in find_participants(text)][:1] == [32]


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 32 (tiga puluh dua) orang peserta PKP tiba di Kota Bitung.",
        "Kegiatan itu diikuti 32 (tiga puluh dua) orang pejabat pengawas.",
    ],
)
def test_number_in_digits_with_words_in_brackets(text: str) -> None:
    # the other way round, as official letters write it
    assert [p.value for p in find_participants(text)][:1] == [32]


def test_a_count_by_origin_is_the_sum_of_its_parts() -> None:
    text = (
        "Para peserta berasal dari Kota Ambon sebanyak 18 orang, Kabupaten Buru sebanyak 7 orang"
        " dan Kabupaten Seram Bagian Barat sebanyak lima orang."
    )
    assert [p.value for p in find_participants(text)] == [30]
    # a total given first still comes first
    text = "Sebanyak 25 peserta hadir. Mereka berasal dari Kota Ambon sebanyak 20 orang dan Kabupaten Buru sebanyak 5."
    assert [p.value for p in find_participants(text)][:1] == [25]
    text = "Sebanyak 25 peserta hadir. Mereka berasal dari Kota Ambon sebanyak 20 orang dan Buru sebanyak 5 orang."
    assert [p.value for p in find_participants(text)][:1] == [25]
    # one part alone is no breakdown
    assert [p.value for p in find_participants("Mereka berasal dari Kota Ambon sebanyak 20 orang.")] == [20]


def test_police_and_military_count_their_members_as_personel() -> None:
    assert [p.value for p in find_participants("Sebanyak 24 personel Polres Sumbawa studi banding ke Bali.")] == [24]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MEDAN - Tiga puluh camat dan lurah se-Kota Binjai melakukan studi banding ke Kota Medan.", [30]),
        ("Dua puluh kepala desa dari Kabupaten Kampar belajar ke Desa Pentingsari.", [20]),
        # a count inside the sentence, or a lead that tells no trip, is not the travelling group
        ("MEDAN - Rombongan disambut dua pejabat yang lalu mengajak studi banding bersama.", []),
        ("MEDAN - Tiga puluh camat menghadiri rapat koordinasi di aula kantor wali kota.", []),
    ],
)
def test_a_count_opening_the_lead_counts_the_group_it_sends(text: str, expected: list[int]) -> None:
    assert [p.value for p in find_participants(text)] == expected


def test_trainees_told_as_a_part_of_the_total() -> None:
    text = "Rombongan berjumlah 45 orang, 40 di antaranya peserta Latsar CPNS, tiba di Gowa."
    assert [p.value for p in find_participants(text)][:1] == [40]


def test_the_host_counts_its_guests() -> None:
    text = "Pemerintah Kabupaten Selayar menerima 45 orang rombongan peserta PKA dari Jeneponto."
    assert [p.value for p in find_participants(text)][:1] == [45]
    assert [p.value for p in find_participants("Bupati menyambut 30 peserta PKP di pendopo.")][:1] == [30]


# a whole told split into groups or posts, then the one group at the host counted: the part is the count
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Peserta PKA Angkatan II seluruhnya berjumlah 48 orang yang dibagi menjadi tiga kelompok. "
            "Yang hadir di Kabupaten Magelang hari itu sebanyak 16 orang.",
            [16],
        ),
        (
            "Pelatihan ini diikuti 45 peserta yang terbagi dalam lima kelompok, setiap kelompok beranggotakan "
            "9 orang, dan kelompok kedua berkunjung ke Dinas Sosial Kota Blitar.",
            [9],
        ),
        (
            "Sebanyak 120 perwira siswa menjalani kuliah kerja, tersebar di 8 Kodam. Salah satunya Pokjar 3, "
            "berisi 15 perwira siswa, yang ditempatkan di Kodam Jaya.",
            [15],
        ),
    ],
)
def test_the_part_at_the_host_of_a_split_whole(text: str, want: list[int]) -> None:
    assert [m.value for m in find_participants(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a split into waves is told by the waves' own rules; no part counted after the split
        ("Karena jumlahnya 60 peserta, rombongan dipecah dalam dua gelombang. Yang datang pertama 30 orang.", [60, 30]),
        ("Ke-36 peserta itu dibagi menjadi tiga kelompok untuk menyusun laporan di Kota Batu.", [36]),
        # the later counts say where the members come from, not a group at the host
        (
            "Ke-40 peserta dibagi menjadi dua kelompok. Para peserta datang dari 25 orang dari Kabupaten Sigi "
            "dan 15 orang dari Kabupaten Poso.",
            [40, 25, 15],
        ),
    ],
)
def test_a_split_whole_with_no_part_at_the_host_stays(text: str, want: list[int]) -> None:
    assert [m.value for m in find_participants(text)] == want


# a council's membership is how many sit on it, not how many travelled; a party of it is counted
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ketua dewan memperkenalkan DPRD Kota Bima, yang beranggotakan 35 orang dalam tujuh fraksi.", []),
        ("Ia menjelaskan bahwa DPRD Kabupaten Sumbawa beranggotakan 45 orang.", []),
        ("Rombongan DPRD Kabupaten Sumbawa yang beranggotakan 12 orang tiba di Kota Batu.", [12]),
        ("Tim beranggotakan 9 orang dari Kabupaten Sumbawa tiba di Kota Batu.", [9]),
    ],
)
def test_a_councils_membership_is_no_head_count(text: str, want: list[int]) -> None:
    assert [m.value for m in find_participants(text)] == want


# ... whatever its region's short name, which may end in the letters of "tim" (Jatim, Kaltim, Kotim, Lamtim: no
# word "tim", no party of the council); a team the council forms is still a party counted
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ia menerangkan bahwa DPRD Jatim periode 2019-2024 beranggotakan 120 orang.", []),
        ("DPRD Provinsi Kaltim, yang beranggotakan 55 orang dalam sembilan fraksi, menerima tamu.", []),
        ("Menurut dia, Dewan Kotim saat ini beranggotakan 40 orang dari tujuh partai.", []),
        ("Sekretaris dewan menyebut DPRD Lamtim beranggotakan 50 orang.", []),
        ("DPRD Kaltim membentuk tim beranggotakan 9 orang yang berangkat ke Kota Batu.", [9]),
    ],
)
def test_a_councils_membership_under_a_short_region_name_is_no_head_count(text: str, want: list[int]) -> None:
    assert [m.value for m in find_participants(text)] == want


# the leader's coming told first, "with N people" after it: the count is of those who came with him
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"Kami ingin belajar soal air bersih," ujar bupati yang datang bersama 12 pejabat dari Kabupaten '
            "Empat Lawang itu.",
            [12],
        ),
        (
            "Wakil Bupati Sumbawa berkunjung ke Kota Batu. Ia datang bersama 9 Kepala Dinas Pendidikan se-Sumbawa "
            "untuk bertukar pengalaman.",
            [9],
        ),
        # the host's people who come to receive the guests, and a family, are no group
        ("Bupati Banyuwangi datang bersama 20 kepala dinas untuk menyambut rombongan dari Kota Bima.", []),
        ("Bupati datang bersama istri dan 3 anak.", []),
    ],
)
def test_a_leader_came_with_a_counted_group(text: str, want: list[int]) -> None:
    assert [m.value for m in find_participants(text)] == want


# the leader "with N people", then the party received by its host: "Bupati A beserta 12 kepala dinas diterima
# Wali Kota B" tells the guests as a trip word would; never the host's people receiving, nor a reporter's meeting
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Wakil Bupati Sumbawa beserta 14 kepala dinas diterima Sekretaris Daerah Kota Batu di aula balai kota.", [14]),
        (
            "Rombongan yang dipimpin Ketua Komisi II DPRD Kabupaten Sumbawa bersama delapan pejabat sekretariat "
            "disambut langsung oleh Ketua DPRD Kota Batu.",
            [8],
        ),
        ("Kepala Bappeda Sumbawa bersama tujuh orang pejabat eselon IV dijamu makan siang oleh Wali Kota Batu.", [7]),
        ("Camat Moyo Hilir beserta 11 kades pun diterima hangat oleh Lurah Sisir.", [11]),
        # the host with its people receives: active, no guests counted
        ("Wali Kota Batu bersama 20 kepala dinas menerima rombongan dari Kabupaten Sumbawa.", []),
        ("Wali Kota Batu bersama 20 kepala OPD setempat disambut meriah warga saat peresmian pasar.", []),
        # a meeting with the reporter, and people of no party sent
        ("Bupati Sumbawa bersama 3 stafnya ditemui di ruang kerjanya, Senin.", []),
        ("Bupati Sumbawa bersama istri dan 2 anak disambut warga di bandara.", []),
    ],
)
def test_a_leader_with_a_counted_group_received_by_the_host(text: str, want: list[int]) -> None:
    assert [m.value for m in find_participants(text)] == want


# the party's members counted by that name are the travelling group
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sembilan orang anggota rombongan dipimpin Ketua Komisi B DPRD Kabupaten Sumbawa.", [9]),
        ("Enam anggota rombongan Bappeda Kota Bima itu dipimpin kepala bidangnya.", [6]),
        # a share of the party, not its count; a count that is no party's members
        ("Salah satu anggota rombongan sempat membeli oleh-oleh.", []),
        ("Beberapa anggota rombongan membeli 12 kain tenun.", []),
        # (the whole a part is told of: the part, its trainees, is the count)
        ("Dari 20 orang anggota rombongan itu, 16 orang merupakan peserta diklat.", [16]),
    ],
)
def test_the_members_of_a_party_counted(text: str, want: list[int]) -> None:
    # (a count of the travelling group: a strong one, chosen over a bare "N orang")
    assert [m.value for m in find_participants(text) if m.strong] == want


# the foreign officers a college's cohort takes along are a part of the group, not its count
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kuliah kerja ini juga diikuti tiga perwira siswa dari negara sahabat.", []),
        ('"Di Kalbar ada empat pasis asing yang ikut," katanya.', []),
        ("Kegiatan di Kota Mataram turut diikuti dua perwira menengah asal Malaysia dan India.", []),
        # a foreign delegation, or a course of many nations, counted by its country is the group
        ("Sebanyak 30 pejabat asal Timor Leste berkunjung ke Kota Kupang.", [30]),
        ("Kursus ini diikuti 60 peserta dari berbagai negara sahabat.", [60]),
    ],
)
def test_foreign_officers_along_are_a_part(text: str, want: list[int]) -> None:
    assert [m.value for m in find_participants(text)] == want


@pytest.mark.parametrize(
    ("text", "learners", "total"),
    [
        (
            "Rombongan yang berjumlah sekitar 45 orang itu disambut Sekda. Ketua rombongan menyebut kunjungan kerja"
            " ini diikuti 35 anggota DPRD ditambah beberapa pegawai Sekretariat DPRD. Semuanya 45 orang.",
            35,
            45,
        ),
        (
            "Rombongan tamu berjumlah 40 orang. Kunjungan diikuti 32 kepala desa yang didampingi staf kecamatan,"
            " sehingga totalnya 40 orang.",
            32,
            40,
        ),
        (
            "Sebanyak 35 camat beserta istri berangkat studi banding ke Kota Batu, jadi total rombongan 70 orang.",
            35,
            70,
        ),
        (
            '"Yang ikut semua anggota dewan, jumlahnya 25 orang. Tiap komisi kami sertai dua orang staf Setwan.'
            ' Jadi total yang berangkat 31 orang," katanya. Rombongan 31 orang itu tiba Senin.',
            25,
            31,
        ),
    ],
)
def test_learners_counted_beside_a_total_with_their_servants(text: str, learners: int, total: int) -> None:
    found = values(text)
    assert found[0] == learners
    assert total not in found


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # everyone in the party learns: the total stays
        (
            "Bupati, para kepala dinas dan camat, serta 50 anggota DPRD ikut. Jumlah rombongan seluruhnya 120 orang.",
            120,
        ),
        # no servant joined between the count and the total
        ("Sebanyak 30 kepala desa dan 10 camat berangkat ke Bali. Seluruhnya 40 orang.", 40),
    ],
)
def test_a_total_with_no_servants_joined_before_it_stays(text: str, total: int) -> None:
    assert total in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiap komisi mengirim empat orang, jadi seluruhnya 16 orang yang berangkat ke Bandung.", 16),
        ("Rombongan DPRD Kota A yang tiba di Surabaya semuanya 22 orang.", 22),
        ("Peserta studi tiru ini totalnya 30 orang kepala desa dari tiga kecamatan.", 30),
        ("Mereka seluruhnya ada 18 orang, dipimpin langsung oleh Sekda.", 18),
    ],
)
def test_a_whole_told_by_a_word_of_totalling_is_a_strong_count(text: str, expected: int) -> None:
    assert [(p.value, p.strong) for p in find_participants(text)][-1] == (expected, True)


@pytest.mark.parametrize(
    "text",
    [
        # others added to the total uncounted: the party's whole is not told
        "Pesertanya para kepala puskesmas, seluruhnya 34 orang, ditambah para kepala TU.",
        "Jumlah pesertanya seluruhnya 40 orang plus sejumlah pegawai dinas.",
        # a total of days or of groups is no head count
        "Kegiatan itu seluruhnya 5 hari di tiga kabupaten.",
        "Peserta dibagi, seluruhnya 12 kelompok kerja.",
    ],
)
def test_a_total_others_are_added_to_is_no_strong_count(text: str) -> None:
    assert not [p for p in find_participants(text) if p.strong]


# the party named first, its size told after it with no verb between: the clause's predicate is the party's size
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jumlah pejabat dalam rombongan itu 37 orang, semuanya peserta Diklat PIM IV asal Provinsi B.", 37),
        ("Staf dan anggota dewan yang masuk rombongan tersebut 33 orang.", 33),
        ("Anggota rombongan kali ini ada 25 orang, dipimpin Wakil Ketua DPRD.", 25),
        ("Kepala Bappeda memimpin delegasi yang berangkat sekitar 18 orang ke Kota C.", 18),
    ],
)
def test_a_party_then_its_size_is_a_strong_count(text: str, expected: int) -> None:
    assert [(p.value, p.strong) for p in find_participants(text)] == [(expected, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Pimpinan rombongan 2 orang, selebihnya staf.",
        "Rombongan disambut 20 orang pegawai dinas.",
        "Rombongan dan 12 orang staf tiba di Kota A.",
    ],
)
def test_a_party_with_a_verb_or_link_before_a_count_is_no_strong_count(text: str) -> None:
    assert not any(p.strong for p in find_participants(text))
