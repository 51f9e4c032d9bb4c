"""Host agencies, the lokus (extraction family 5): the units a visit goes to, lists of them, and the halls and
buildings that are no lokus. Every sentence here is made up for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from diklat_cli.extract import agencies, extract_text
from diklat_cli.extract import hosts as host_step
from diklat_cli.extract.agencies import find_units
from diklat_cli.extract.byline import find_byline
from diklat_cli.extract.place_roles import place_scores, resolved_places
from diklat_cli.extract.sentences import sentence_at, sentence_spans
from tests.extracted import (
    banyuwangi_units_of,
    destination_of,
    destination_province_of,
    lokus_of,
    units_visited,
    visit_json_of,
    visits_of,
)


# an acronym spelt out for one region's body (the sender's, its region after the bracket) and written
# again with another region names the host's body of that kind: the host's unit is kept as written
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "BARRU - Pemerintah Kabupaten Pinrang lewat Badan Penanggulangan Bencana Daerah (BPBD) Pinrang "
            "menggelar studi banding di BPBD Kabupaten Barru, Rabu (12/7/2023).",
            "BPBD",
        ),
        (
            "Tim Reaksi Cepat Badan Penanggulangan Bencana Daerah (BPBD) Kota Kediri menggelar studi banding "
            "ke BPBD Kabupaten Sleman, Kamis (19/11/2015).",
            "BPBD",
        ),
        (
            "Rombongan Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Blitar belajar ke "
            "Disdukcapil Kabupaten Banyuwangi, Senin (3/6/2024).",
            "Disdukcapil",
        ),
        (
            "Sebanyak 20 pegawai Badan Pendapatan Daerah (Bapenda) Kabupaten Kutai Barat mengunjungi "
            "Bapenda Kota Samarinda untuk studi tiru, Selasa (4/6/2024).",
            "Bapenda",
        ),
    ],
)
def test_acronym_spelt_out_for_another_region_is_kept_as_written(text: str, unit: str) -> None:
    assert lokus_of(text) == [[unit]]


@pytest.mark.parametrize(
    "text",
    [
        # spelt out for the host itself: the full name stands
        "Peserta PKA Kabupaten Gowa studi banding ke Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu "
        "(DPMPTSP) Kabupaten Bantaeng, Senin (3/6/2024). Di DPMPTSP Kabupaten Bantaeng mereka belajar perizinan.",
        # the acronym written without a region: nothing says it is another body
        "Rombongan Kota Blitar belajar ke Kabupaten Banyuwangi, Senin (3/6/2024), tepatnya ke Dinas "
        "Kependudukan dan Pencatatan Sipil (Disdukcapil). Di Disdukcapil mereka belajar layanan.",
    ],
)
def test_acronym_spelt_out_for_the_host_keeps_its_full_name(text: str) -> None:
    assert all(not unit.isupper() and "(" in unit for units in lokus_of(text) for unit in units), lokus_of(text)
    assert lokus_of(text) and all(lokus_of(text))


def test_head_count_beside_a_unit_size_stays():
    from diklat_cli.extract.participants import find_participants

    text = "Sebanyak 24 anggota DPRD berangkat. Satu komisi isinya delapan anggota dewan."
    assert [m.value for m in find_participants(text)] == [24]


_TOUR = (
    "Para pengelola mengikuti studi banding ke Desa Sanankerto Kecamatan Turen Kabupaten Malang Provinsi Jawa"
    " Timur dan Desa Pemuteran Kabupaten Buleleng Bali, 10 sampai dengan 13 Juli 2023."
)


def test_villages_listed_with_addresses_are_each_a_unit():
    from diklat_cli.extract.hosts import find_host_agencies
    from diklat_cli.extract.sentences import sentence_spans

    names = [i[0] for i in find_host_agencies(_TOUR, sentence_spans(_TOUR), None, None)]
    assert names == ["Desa Sanankerto", "Desa Pemuteran"]


@pytest.mark.parametrize(
    "text",
    [
        # the sender's own council, written with the sender's region
        "Anggota Komisi A DPRD Kabupaten Sleman berangkat kunjungan kerja ke Kabupaten Klaten sejak Senin (8/7/2024)."
        " Ketua Komisi A DPRD Sleman mengatakan mereka ingin belajar tata kelola pasar.",
        # a government's trip: the host's council named alone is no unit visited
        "Pemerintah Kabupaten Sleman melakukan studi banding ke Kabupaten Klaten, Senin (8/7/2024)."
        " Ketua DPRD Klaten turut hadir dalam pertemuan itu.",
    ],
)
def test_no_council_lokus_without_a_council_meeting_a_council(text):
    assert lokus_of(text) == [[]]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Sebagian peserta ke Puskesmas Kalasan I dan Puskesmas Depok III. Sama seperti kemarin, diskusi berjalan.",
            ["Puskesmas Kalasan I", "Puskesmas Depok III"],
        ),
        ("Rombongan ke Puskesmas Tempel II. Sesudahnya mereka makan siang.", ["Puskesmas Tempel II"]),
        # a numeral inside the name runs on
        ("Mereka berkunjung ke Lapas Kelas IIA Yogyakarta.", ["Lapas Kelas IIA"]),
    ],
)
def test_a_numbered_unit_ends_at_the_full_stop_after_its_numeral(text, names):
    assert [u.name for u in agencies.find_units(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rombongan lalu meninjau loket di Dinas Perhubungan Kota Sorong. (*)", ["Dinas Perhubungan"]),
        ("Peserta berdialog di Badan Pendapatan Daerah Kabupaten Jember.(foto: humas)", ["Badan Pendapatan Daerah"]),
        ("Kunjungan berakhir di Puskesmas Wonosari. [Baca juga: Harga Cabai Turun]", ["Puskesmas Wonosari"]),
        ("Mereka diterima di Dinas Sosial Kota Kupang. (ant/rdk)", ["Dinas Sosial"]),
        # near-misses: the acronym in brackets right after the name, and an initial's full stop inside it
        ("Mereka diterima di Badan Kepegawaian Daerah (BKD) Kota Kupang.", ["Badan Kepegawaian Daerah (BKD)"]),
        ("Rombongan ke RSUD dr. Soedarso Pontianak.", ["RSUD dr. Soedarso"]),
    ],
)
def test_a_mark_in_brackets_after_the_full_stop_belongs_to_no_name(text, names):
    assert [u.name for u in agencies.find_units(text)] == names


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (["Mal Pelayanan Publik (MPP)", "Mal Pelayanan Publik"], ["Mal Pelayanan Publik (MPP)"]),
        (["Pasar Rakyat Sentosa", "Pasar Rakyat Sentosa (Pasar Lama)"], ["Pasar Rakyat Sentosa"]),
        (["MPP", "Mal Pelayanan Publik (MPP)"], ["Mal Pelayanan Publik (MPP)"]),
        (
            ["Desa Wisata Karangrejo (Kampung Kopi)", "Desa Wisata Karangrejo", "Kampung Kopi"],
            ["Desa Wisata Karangrejo (Kampung Kopi)", "Kampung Kopi"],
        ),
        # near-misses: a longer name is another unit, and so is one whose words before the bracket differ
        (["Dinas Kesehatan (Dinkes)", "Dinas Kesehatan Hewan"], ["Dinas Kesehatan (Dinkes)", "Dinas Kesehatan Hewan"]),
        (
            ["Balai Latihan Kerja (BLK)", "Balai Latihan Kesehatan"],
            ["Balai Latihan Kerja (BLK)", "Balai Latihan Kesehatan"],
        ),
    ],
)
def test_a_unit_named_with_and_without_its_bracketed_name_is_one(names, kept):
    assert agencies.unique_units(names) == kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tim itu mendatangi kantor Badan Pendapatan Daerah Kota Malang.",
            ["Badan Pendapatan Daerah"],
        ),
        ("Mereka lalu berkunjung ke gedung Dinas Pendidikan Kota Blitar.", ["Dinas Pendidikan"]),
        ("Rombongan menyambangi kantor Dinas Sosial Kota Parepare.", ["Dinas Sosial"]),
        ("Para camat menuju markas Satpol PP Kota Palopo.", ["Satpol PP"]),
        # near-misses: the hall where a meeting sat, and an office named without a verb of going
        ("Diskusi digelar di aula kantor Dinas Sosial.", []),
        ("Pertemuan berlangsung di gedung Dinas Sosial Kota Palopo.", []),
    ],
)
def test_a_unit_whose_office_a_group_goes_to_is_a_unit(text, names):
    assert [u.name for u in agencies.find_units(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rombongan studi banding ke Satpol PP Pekanbaru.", ["Satpol PP"]),
        ("Mereka belajar di Dinas PU Denpasar.", ["Dinas PU"]),
        ("Mereka belajar di Sekretariat DPRD Bantul.", ["Sekretariat DPRD"]),
        ("Peserta belajar di Dinas PMD Sleman.", ["Dinas PMD"]),
        # near-misses: a unit whose own name is a place keeps it
        ("Peserta berkunjung ke Kecamatan Sidoarjo.", ["Kecamatan Sidoarjo"]),
        ("Peserta berkunjung ke Universitas Palangka Raya.", ["Universitas Palangka Raya"]),
    ],
)
def test_a_place_after_a_name_ending_in_an_acronym_is_its_region(text, names):
    assert [u.name for u in agencies.find_units(text)] == names


def test_the_mall_named_with_its_acronym_and_without_is_one_lokus():
    text = (
        "Kabupaten Sikka melakukan studi tiru ke Mal Pelayanan Publik (MPP) Kota Madiun, Kamis (4/7/2024). "
        "Rombongan berkeliling Mal Pelayanan Publik Kota Madiun dan berdialog dengan petugas. "
        "Kunjungan ditutup di ruang layanan MPP Kota Madiun. (*)"
    )
    assert lokus_of(text) == [["Mal Pelayanan Publik (MPP)"]]


@pytest.mark.parametrize(
    ("text", "acronym", "full"),
    [
        (
            "Instalasi Pengolahan Air Limbah (IPAL) di kota itu melayani ribuan rumah. Peserta meninjau IPAL.",
            "IPAL",
            "Instalasi Pengolahan Air Limbah (IPAL)",
        ),
        # initials that do not spell it: the acronym alone
        ("Tempat Olah Sampah Warga (TPST) sudah modern. Peserta meninjau TPST.", "TPST", "TPST"),
        # a body the vocabulary names by its acronym keeps it
        ("Dewan Perwakilan Rakyat Daerah (DPRD) menerima tamu. Rombongan ke DPRD.", "DPRD", "DPRD"),
    ],
)
def test_a_site_listed_by_its_acronym_is_named_by_the_words_it_spells(text, acronym, full):
    assert agencies.full_form(text, acronym) == full


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('"Kami belajar ke Bumdes – Bumdes yang sudah maju," ujarnya.', []),
        ("Mereka mendatangi Desa - Desa wisata di lereng Merapi, antara lain Desa Kepuharjo.", ["Desa Kepuharjo"]),
        ("Mereka ke Dinas Pariwisata dan Desa Wisata Kepuharjo.", ["Dinas Pariwisata", "Desa Wisata Kepuharjo"]),
    ],
)
def test_a_head_written_twice_is_a_plural_not_a_unit(text, names):
    assert [u.name for u in agencies.find_units(text)] == names


@pytest.mark.parametrize(
    "tail",
    [
        "Program unggulan itu antara lain Kampung Literasi, Aplikasi Lapor Cepat dan Sekolah Lansia.",
        "Inovasi tersebut yaitu Kampung Sehat, Dapur Gizi serta Bank Sampah Melati.",
        "Kelurahan Tlogomas, Kota Malang yang menjadi tujuan studi banding itu adalah peraih juara Lomba Desa dan"
        " Kelurahan tingkat nasional.",
        "Inovasi Kampung Sehat, Kampung Literasi dan Kampung Jejaring menjadi andalan kelurahan itu.",
    ],
)
def test_a_hosts_programmes_and_contest_names_are_no_units_visited(tail):
    text = (
        "Rombongan lurah dan camat Kabupaten Gianyar melakukan studi banding ke Kelurahan Tlogomas, Kota Malang,"
        " Rabu (6/9/2023). " + tail
    )
    assert lokus_of(text) == [["Kelurahan Tlogomas"]]


def test_units_listed_as_the_places_visited_are_still_units():
    text = (
        "Rombongan lurah dan camat Kabupaten Gianyar melakukan studi banding ke Kota Malang, Rabu (6/9/2023)."
        " Lokus yang dikunjungi antara lain Kelurahan Tlogomas dan Kelurahan Sawojajar."
    )
    assert sorted(lokus_of(text)[0]) == ["Kelurahan Sawojajar", "Kelurahan Tlogomas"]


@pytest.mark.parametrize(
    "text",
    [
        "Tim Penggerak PKK Kabupaten Agam melakukan studi banding ke Tim Penggerak PKK Kabupaten Sleman, Selasa"
        " (4/6/2024), untuk belajar soal Dasa Wisma.",
        "Rombongan TP PKK Kabupaten Agam disambut Ketua Tim Penggerak PKK Kabupaten Sleman di pendopo. Kunjungan"
        " studi banding ke Tim Penggerak PKK Kabupaten Sleman itu berlangsung Selasa (4/6/2024).",
    ],
)
def test_a_pkk_team_receiving_a_pkk_delegation_is_the_unit_visited(text):
    assert lokus_of(text) == [["Tim Penggerak PKK"]]


def test_the_travelling_pkk_team_is_not_a_unit_visited():
    text = (
        "Tim Penggerak PKK Kabupaten Agam melakukan studi banding ke Desa Wukirsari, Kabupaten Bantul, Selasa"
        " (4/6/2024), untuk belajar soal batik."
    )
    assert lokus_of(text) == [["Desa Wukirsari"]]


@pytest.mark.parametrize(
    ("text", "lokus"),
    [
        (
            "Anggota DPRD Kabupaten Kampar studi banding ke Kabupaten Sleman. Di sana rombongan menemui Dinas"
            " Perhubungan Kabupaten Sleman untuk belajar parkir elektronik.",
            ["Dinas Perhubungan"],
        ),
        (
            "Kepala desa se-Kabupaten Agam studi tiru ke Kabupaten Malang, Senin (4/3/2024). Rombongan bertemu"
            " dengan Badan Pendapatan Daerah Kabupaten Malang.",
            ["Badan Pendapatan Daerah"],
        ),
    ],
)
def test_the_units_a_group_meets_are_visited(text, lokus):
    visits = [e.visit for e in extract_text(text)]
    assert [v.host_agencies for v in visits] == [lokus]


def test_a_unit_that_meets_no_group_is_no_lokus():
    text = (
        "Anggota DPRD Kabupaten Kampar studi banding ke Kabupaten Sleman, Senin (4/3/2024). Sepulang dari sana,"
        " mereka akan menyusun rekomendasi untuk Dinas Perhubungan Kabupaten Kampar."
    )
    assert [e.visit.host_agencies for e in extract_text(text)] == [[]]


def test_villages_with_their_own_names_stay_units():
    from diklat_cli.extract import agencies

    text = "Peserta mengunjungi Dinas Pariwisata, Desa Wisata Pujon Kidul, dan Desa Sanankerto Kabupaten Malang."
    names = [u.name for u in agencies.find_units(text)]
    assert names[0] == "Dinas Pariwisata"
    assert "Desa Wisata Pujon Kidul" in names and any(n.startswith("Desa Sanankerto") for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rombongan dewan bertatap muka dengan jajaran Pemerintah Kabupaten Klaten di ruang rapat.", "Klaten"),
        ("Di sana mereka berdialog dengan Pemkab Banyumas tentang BUMDes.", "Pemkab Banyumas"),
        ("Mereka juga bertemu langsung dengan DPRD Kota Mataram membahas perda.", "Kota Mataram"),
        # received by it, by any verb of being received (verbs.RECEIVED): dined, met
        ("Malamnya rombongan dijamu Pemerintah Kabupaten Wonosobo di pendopo.", "Kabupaten Wonosobo"),
        ("Para peserta ditemui langsung jajaran Pemkab Temanggung di ruang rapat.", "Pemkab Temanggung"),
    ],
)
def test_the_hosts_met_face_to_face(text, name):
    sents = sentence_spans(text)
    place = next(p for p in resolved_places(text) if p.mention.text.endswith(name))
    dest, origin = place_scores(text, sentence_at(sents, place.mention.start), place.mention)
    assert dest >= 3 and dest > origin


def test_a_reporter_meeting_someone_is_no_host_met():
    text = "Kepala desa itu mengaku senang saat ditemui wartawan Kabupaten Wonosobo di rumahnya."
    sents = sentence_spans(text)
    place = next(p for p in resolved_places(text) if p.mention.text.endswith("Kabupaten Wonosobo"))
    dest, _origin = place_scores(text, sentence_at(sents, place.mention.start), place.mention)
    assert dest < 3


@pytest.mark.parametrize(
    ("text", "lokus"),
    [
        (
            "Pemerintah Kabupaten Sleman melakukan studi banding ke Kabupaten Badung, Selasa (4/6/2024). Studi"
            " banding ini menyasar Dinas Pariwisata dan Badan Pendapatan Daerah Kabupaten Badung.",
            ["Dinas Pariwisata", "Badan Pendapatan Daerah"],
        ),
        (
            "Anggota DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kabupaten Badung, Selasa (4/6/2024)."
            " Kunjungan itu menyasar Dinas Kesehatan Kabupaten Badung.",
            ["Dinas Kesehatan"],
        ),
        # near-misses: what a host's own programme aims at is no unit visited
        (
            "Pemerintah Kabupaten Sleman melakukan studi banding ke Kabupaten Badung, Selasa (4/6/2024). Mereka"
            " belajar dari program bantuan Pemkab Badung yang menyasar warga Desa Mengwi.",
            [],
        ),
        (
            "Pemerintah Kabupaten Sleman melakukan studi banding ke Kabupaten Badung, Selasa (4/6/2024). Mereka"
            " belajar program Dinas Sosial yang menyasar Kelompok Wanita Tani.",
            [],
        ),
    ],
)
def test_the_units_a_trip_aims_at(text, lokus):
    assert lokus_of(text) == [lokus]


# ---- travellers called a council by their kind ("rombongan DPRD dari Kabupaten A"): the host's council
# that receives them is the unit visited


@pytest.mark.parametrize(
    "text",
    [
        # a government delegation; the host council named only in passing
        "Rombongan Pemkab Seluma studi banding ke Kabupaten Sleman, Kamis (7/2/2019). Mereka belajar di Dinas"
        " Pariwisata. Ketua DPRD Sleman sebelumnya memuji program itu.",
        # a council group with a unit visited named
        "Rombongan DPRD dari Kabupaten Seluma studi banding ke Dinas Pariwisata Kabupaten Sleman, Kamis"
        " (7/2/2019). Ketua DPRD Sleman ikut menyambut.",
    ],
)
def test_a_named_unit_or_a_government_group_keeps_its_units(text):
    assert lokus_of(text) == [["Dinas Pariwisata"]]


# ---------------------------------------------------------------- an itinerary of units in two regencies


def test_units_each_written_with_their_regency_are_two_stops() -> None:
    found = visits_of(
        "JOGJA - Sebanyak 18 kepala desa asal Kabupaten Pati menjalani studi banding desa wisata di DIY. "
        "Ada dua desa yang mereka kunjungi, yaitu Desa Pentingsari di Kabupaten Sleman dan Desa Wukirsari "
        "di Kabupaten Bantul. Para kades ingin belajar mengelola homestay.",
    )
    assert sorted(v.destination.regency for v in found) == ["Kabupaten Bantul", "Kabupaten Sleman"]
    assert {v.participants for v in found} == {18}
    assert {v.origin.regency for v in found} == {"Kabupaten Pati"}


def test_a_clause_that_goes_home_is_no_second_unit() -> None:
    # the words between the places are no unit's name: the travellers return home
    found = visits_of(
        "Sebanyak 18 kepala desa asal Kabupaten Pati menjalani studi banding ke Desa Pentingsari di "
        "Kabupaten Sleman dan pulang di Kabupaten Pati pada malam hari.",
    )
    assert [v.destination.regency for v in found] == ["Kabupaten Sleman"]


def test_counted_sub_units_of_a_regency_are_its_people() -> None:
    from diklat_cli.extract.places import sender_weight

    # "BPD empat kecamatan di Kabupaten X": the people of X's kecamatan
    assert sender_weight("Sebanyak 71 anggota Asosiasi BPD empat kecamatan di ", ", Bali menggelar studi tiru") == 3.0
    # the villages gone to are not where the travellers live
    assert sender_weight("melakukan studi banding ke tiga desa di ", " pada Senin") == 0.0
    assert sender_weight("rombongan mengunjungi dua desa di ", " pada Senin") == 0.0


# ---------------------------------------------------------------- host units beyond offices


def test_a_waste_site_or_tourist_site_visited_is_a_unit() -> None:
    (v,) = visits_of(
        "MALANG - Pemerintah Kota Kediri melakukan studi banding ke Kota Malang, Selasa (5/3/2024). Setelah "
        "itu rombongan mendatangi Tempat Pembuangan Akhir (TPA) Supit Urang dan Obyek Wisata Coban Rondo."
    )
    assert v.host_agencies == ["Tempat Pembuangan Akhir (TPA) Supit Urang", "Obyek Wisata Coban Rondo"]


def test_an_unknown_acronym_listed_before_a_unit_is_a_unit() -> None:
    (v,) = visits_of(
        "Sebanyak 30 peserta PKP Angkatan I Kabupaten Mimika melaksanakan studi lapangan di Kota Jayapura, "
        "Jumat (31/5/2024). Peserta disebar ke dua OPD di Kota Jayapura, yaitu DPMTK dan Dinas Perikanan."
    )
    assert v.host_agencies == ["DPMTK", "Dinas Perikanan"]
    (w,) = visits_of(
        "Sebanyak 30 peserta PKP Angkatan I Kabupaten Mimika melaksanakan studi lapangan di Kota Jayapura, "
        "Jumat (31/5/2024). Lokus yang dikunjungi yaitu OPD dan Dinas Perikanan."
    )
    assert w.host_agencies == ["Dinas Perikanan"]


# the office of a kecamatan's or kelurahan's head, named, is that kecamatan or kelurahan: a unit visited,
# kept as written (unlike the office of a bupati, wali kota or governor: a regional government)
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Rombongan juga mampir ke Dinas Pariwisata dan Kantor Camat Ngaglik.", "Kantor Camat Ngaglik"),
        ("Para peserta belajar tata kelola pelayanan di Kantor Camat Jembrana.", "Kantor Camat Jembrana"),
        ("Lokasi praktik lapangan berada di Kantor Lurah Bakungan, Banyuwangi.", "Kantor Lurah Bakungan"),
        ("Sasaran kunjungan: Bappeda, Kantor Camat Depok, Kabupaten Sleman, dan RSUD.", "Kantor Camat Depok"),
        ("Tim menyambangi Kantor Lurah Kidul Dalem untuk melihat adminduk.", "Kantor Lurah Kidul Dalem"),
    ],
)
def test_office_of_a_camat_or_lurah_is_a_unit(text: str, unit: str) -> None:
    assert unit in [u.name for u in find_units(text)]


@pytest.mark.parametrize(
    "text",
    [
        # no name after the office: which kecamatan is not said
        "Mereka lalu diterima di Kantor Camat setempat.",
        # the office of a bupati is the regency's government, not a unit visited
        "Rombongan disambut di Kantor Bupati Sleman.",
    ],
)
def test_unnamed_or_regional_head_office_is_no_unit(text: str) -> None:
    assert find_units(text) == []


def test_camat_office_among_the_units_of_a_visit() -> None:
    text = (
        "Sebanyak 20 perangkat desa Kabupaten Garut studi banding ke Kabupaten Sleman, Senin (6/5/2024). "
        "Mereka mengunjungi Dinas Pariwisata dan Kantor Camat Ngaglik."
    )
    (visit,) = visit_json_of(text)
    assert visit["host_agencies"] == ["Dinas Pariwisata", "Kantor Camat Ngaglik"]


# a unit written as its office in a list ("… dan Kantor Kecamatan X"): the office word does not break the
# list, the unit shares the list's cue
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Sebanyak 28 peserta Diklatpim III Provinsi Jawa Timur benchmarking ke Kota Denpasar, Senin (7/10/2019). "
            "Peserta menyambangi Dinas Perizinan, Dinas Kominfo dan Kantor Kecamatan Denpasar Utara.",
            "Kecamatan Denpasar Utara",
        ),
        (
            "Peserta Diklatpim IV Kabupaten Gowa observasi ke Kota Bontang, Kamis (10/10/2019). "
            "Kelompok ini belajar di Dinas Kesehatan, lalu Kantor Kelurahan Api-Api.",
            "Kelurahan Api-Api",
        ),
        (
            "Sebanyak 30 peserta PKA Provinsi Jawa Timur studi lapangan ke Kota Surabaya, Selasa (8/10/2019). "
            "Mereka mendatangi Bappeda serta Kantor Kecamatan Bulak.",
            "Kecamatan Bulak",
        ),
        (
            "Sebanyak 12 lurah dari Kota Ketapang studi tiru ke Kabupaten Banyuwangi, Jumat (11/10/2019), "
            "mengunjungi Dinas Kependudukan dan Kantor Kecamatan Glagah.",
            "Kecamatan Glagah",
        ),
    ],
)
def test_office_word_does_not_break_a_list_of_units(text: str, unit: str) -> None:
    (visit,) = visit_json_of(text)
    assert unit in visit["host_agencies"]


@pytest.mark.parametrize(
    "text",
    [
        # the bupati's office after the link is the regency's government, still no unit
        "Sebanyak 12 lurah dari Kota Ketapang studi tiru ke Kabupaten Banyuwangi, Jumat (11/10/2019), "
        "mengunjungi Dinas Kependudukan dan Kantor Bupati Banyuwangi.",
        # a hall where lunch is eaten is no unit visited
        "Sebanyak 12 lurah dari Kota Ketapang studi tiru ke Kabupaten Banyuwangi, Jumat (11/10/2019), "
        "mengunjungi Dinas Kependudukan lalu makan siang di Gedung Juang.",
    ],
)
def test_office_of_no_unit_after_a_link_is_left_out(text: str) -> None:
    (visit,) = visit_json_of(text)
    assert visit["host_agencies"] == ["Dinas Kependudukan"]


_OPENING = (
    "BANYUWANGI - Peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II Kabupaten Sleman "
    "melaksanakan studi lapangan ke Kabupaten Banyuwangi, Selasa (12/3/2024). "
)


# ---------------------------------------------------------------- 1. the object-focus verb of visiting
# A report names the units a group went to in a relative clause whose verb is in its object-focus form,
# the doer before the bare stem ("yang mereka datangi, yaitu Desa A dan Desa B", "yang kami kunjungi
# adalah …"), as it does with the di- form ("yang dikunjungi"); every verb of visiting takes that form.
@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        (
            "Ada dua desa yang mereka datangi, yaitu Desa Kemiren dan Desa Olehsari.",
            ["Desa Kemiren", "Desa Olehsari"],
        ),
        (
            "Dua dinas yang mereka kunjungi adalah Dinas Sosial dan Dinas Perhubungan.",
            ["Dinas Sosial", "Dinas Perhubungan"],
        ),
        (
            "Sebelumnya, tiga lokasi sudah lebih dulu kami sambangi, yakni Kecamatan Genteng, Kelurahan Sobo "
            "dan Puskesmas Kabat.",
            ["Kecamatan Genteng", "Kelurahan Sobo", "Puskesmas Kabat"],
        ),
        (
            "Tempat yang kita kunjungi berikutnya adalah Dinas Perikanan dan Badan Kesatuan Bangsa dan Politik.",
            ["Dinas Perikanan", "Badan Kesatuan Bangsa dan Politik"],
        ),
        (
            "Hari kedua, yang mereka sambangi ialah RSUD Blambangan serta Mal Pelayanan Publik.",
            ["RSUD Blambangan", "Mal Pelayanan Publik"],
        ),
    ],
)
def test_object_focus_visit_verb_lists_units(sentence: str, units: list[str]) -> None:
    assert lokus_of(_OPENING + sentence + " Kegiatan diikuti 40 peserta.") == [units]


@pytest.mark.parametrize(
    "sentence",
    [
        # the places the clause lists are regions, no unit
        "Daerah yang mereka datangi, yaitu Kabupaten Banyuwangi dan Kabupaten Jember.",
        # the hall where the guests were received, no verb of visiting
        "Rombongan diterima Asisten Administrasi Umum di Aula Bappeda.",
    ],
)
def test_object_focus_near_misses(sentence: str) -> None:
    # (the regions the clause lists are each a stop, as after "yang didatangi, yaitu"; none names a unit)
    found = lokus_of(_OPENING + sentence + " Kegiatan diikuti 40 peserta.")
    assert found and all(units == [] for units in found)


# ---------------------------------------------------------------- 2. the head of a village or kecamatan receives
# A village's or kecamatan's head is titled by the kind of unit he heads, the unit's name after the title and
# his own after a comma ("diterima Walinagari A, Fulan", "disambut Camat B, Fulan"); when he receives the
# group, the unit he heads is the one visited (a kecamatan, village or kelurahan hosting is a lokus).
@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Rombongan diterima Camat Glagah, Hadi Susanto, di kantornya.", ["Kecamatan Glagah"]),
        ("Peserta disambut hangat oleh Lurah Sobo, Rina Wati, beserta staf kelurahan.", ["Kelurahan Sobo"]),
        ("Setibanya di lokasi, rombongan diterima Walinagari Pariangan, Syafrizal.", ["Nagari Pariangan"]),
        ("Para peserta diterima langsung oleh Perbekel Batuan, Made Sudira, pagi itu.", ["Desa Batuan"]),
        ("Rombongan kemudian disambut Keuchik Lamreh, Zulkifli, dan aparatur gampong.", ["Gampong Lamreh"]),
        # any verb of being received (verbs.RECEIVED): dined, met
        ("Siang itu rombongan dijamu Camat Kalibawang, Sutrisno, di pendopo kecamatan.", ["Kecamatan Kalibawang"]),
        ("Para peserta ditemui oleh Lurah Gedongkiwo, Sri Lestari, di balai kelurahan.", ["Kelurahan Gedongkiwo"]),
    ],
)
def test_head_of_village_receiving_names_the_unit(sentence: str, units: list[str]) -> None:
    assert lokus_of(_OPENING + sentence + " Kegiatan diikuti 40 peserta.") == [units]


@pytest.mark.parametrize(
    "sentence",
    [
        # the title before the person's own name: no unit named
        "Rombongan diterima Camat Hadi Susanto di kantornya.",
        # the head quoted, not receiving
        "Menurut Lurah Sobo, Rina Wati, pelayanan di wilayahnya sudah digital.",
        # the head met by a reporter, the verb after him: he receives no group
        "Camat Glagah, Hadi Susanto, saat ditemui wartawan di kantornya, menjelaskan programnya.",
    ],
)
def test_head_of_village_near_misses(sentence: str) -> None:
    assert lokus_of(_OPENING + sentence + " Kegiatan diikuti 40 peserta.") == [[]]


# arriving at any unit of the host makes its region the destination; a place of passage does not


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
    assert destination_of(text) == [where]


# ---------------------------------------------------------------- a kecamatan or village host in the headline


def test_a_kecamatan_receiving_in_the_headline_is_the_unit_visited() -> None:
    found = visits_of(
        "Kecamatan Kalasan Terima Studi Banding Camat se-Kabupaten Magetan",
        "Sleman - Sebanyak 18 camat se-Kabupaten Magetan melaksanakan studi banding terkait pelayanan administrasi"
        " terpadu kecamatan, Selasa (6/8/2024). Rombongan disambut Camat Kalasan beserta jajaran.",
    )
    assert units_visited(found) == [["Kecamatan Kalasan"]]


def test_a_village_receiving_in_the_headline_is_the_unit_visited() -> None:
    found = visits_of(
        "Desa Panggungharjo Terima Kunjungan Kepala Desa se-Kabupaten Ogan Ilir",
        "Bantul - Puluhan kepala desa se-Kabupaten Ogan Ilir, Sumatera Selatan, melakukan studi banding pengelolaan"
        " BUMDes, Kamis (15/8/2024). Kepala Desa Panggungharjo memaparkan pengelolaan usaha desa kepada rombongan.",
    )
    assert units_visited(found) == [["Desa Panggungharjo"]]


def test_a_kelurahan_welcoming_in_the_headline_is_the_unit_visited() -> None:
    found = visits_of(
        "Kelurahan Gedongkiwo Sambut Studi Tiru Lurah se-Kota Banjarmasin",
        "Yogyakarta - Sebanyak 30 lurah se-Kota Banjarmasin melaksanakan studi tiru tentang pengelolaan kampung"
        " ramah anak, Rabu (21/8/2024). Lurah Gedongkiwo menyambut rombongan di aula kelurahan.",
    )
    assert units_visited(found) == [["Kelurahan Gedongkiwo"]]


def test_near_miss_a_regency_receiving_in_the_headline_is_no_unit() -> None:
    found = visits_of(
        "Pemkab Kulon Progo Terima Kunjungan Studi Tiru dari Kabupaten Buleleng",
        "Wates - Pemerintah Kabupaten Kulon Progo menerima kunjungan studi tiru dari Pemerintah Kabupaten Buleleng,"
        " Bali, Selasa (24/9/2024).",
    )
    assert units_visited(found) == [[]]


def test_near_miss_a_unit_named_short_in_the_headline_and_in_full_below_is_once() -> None:
    found = visits_of(
        "Dinas Kesehatan Kota Malang Terima Kunjungan Peserta PKA Kabupaten Ngawi",
        "MALANG - Dinas Kesehatan dan Keluarga Berencana Kota Malang menerima kunjungan peserta PKA Angkatan II"
        " Kabupaten Ngawi, Selasa (19/11/2024).",
    )
    assert units_visited(found) == [["Dinas Kesehatan dan Keluarga Berencana"]]


# a study trip names its topic between the activity and the place ("studi banding soal X di Desa A"): the
# unit after the topic is where the trip went, however many words the topic takes
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "SLEMAN - Sebanyak 30 kepala desa dari Kabupaten Pati melakukan studi banding soal pengelolaan "
            "BUMDes di Desa Sumberarum, Kecamatan Moyudan, Kamis (4/5/2023).",
            ["Desa Sumberarum"],
        ),
        (
            "Pemerintah Kabupaten Kapuas melaksanakan kaji banding mengenai pelayanan perizinan di Dinas "
            "Penanaman Modal Kota Surabaya pada 12 Juni 2023.",
            ["Dinas Penanaman Modal"],
        ),
        (
            "Para peserta Diklatpim IV dari Provinsi Jambi melakukan benchmarking terkait inovasi pelayanan "
            "publik di Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyuwangi, Rabu (9/8/2023).",
            ["Dinas Kependudukan dan Pencatatan Sipil"],
        ),
        (
            "Sebanyak 25 anggota BPD dari Kabupaten Lebak belajar tentang pengelolaan sampah di Desa "
            "Panggungharjo, Kabupaten Bantul, Selasa (2/5/2023).",
            ["Desa Panggungharjo"],
        ),
    ],
)
def test_the_unit_after_a_study_trips_topic_is_visited(text, want):
    assert lokus_of(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # the topic followed by a region: no unit
        "Sebanyak 20 kepala desa dari Kabupaten Pati melakukan studi banding soal pengelolaan BUMDes di "
        "Kabupaten Sleman, Kamis (4/5/2023). Mereka diterima Bupati Sleman di Pendopo Rumah Dinas Bupati.",
        # a talk about a topic in a unit's hall is no study trip to it
        "Sebanyak 20 camat dari Kabupaten Pati melakukan studi banding ke Kabupaten Sleman, Kamis "
        "(4/5/2023). Sebelumnya mereka berdiskusi tentang tata kelola arsip di Dinas Kearsipan Kabupaten Pati.",
    ],
)
def test_a_topic_without_a_study_trip_names_no_unit_visited(text):
    assert lokus_of(text) == [[]]


# villages written with the kecamatan they lie in ("salah satu desa di Kecamatan B", "dusun A dan B di
# Kecamatan C"): the kecamatan locates them; it is no unit visited
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 30 kepala desa dari Kabupaten Pati studi banding ke Desa Ponggok, Kamis (4/5/2023). Desa "
            "Ponggok adalah salah satu desa di Kecamatan Polanharjo Kabupaten Klaten yang sukses mengelola BUMDes.",
            ["Desa Ponggok"],
        ),
        (
            "Pemkab Tabanan menggelar studi banding ke Desa Penglipuran, Kabupaten Bangli, Senin (3/7/2023). "
            "Penglipuran adalah desa adat di Kecamatan Bangli Kabupaten Bangli yang ramai dikunjungi wisatawan.",
            ["Desa Penglipuran"],
        ),
        (
            "Peserta PKA dari Provinsi Riau belajar ke Desa Pujon Kidul, Kabupaten Malang, Selasa (4/7/2023). "
            "Kampung wisata Pujon Kidul yang berada di Kecamatan Pujon ramai dikunjungi wisatawan.",
            ["Desa Pujon Kidul"],
        ),
        (
            "Sebanyak 20 perangkat desa dari Kabupaten Lebak studi banding ke Desa Panggungharjo, Kabupaten "
            "Bantul, Rabu (5/7/2023). Dusun Glondong dan Dusun Pandes di Kecamatan Sewon Kabupaten Bantul juga "
            "disinggahi.",
            ["Desa Panggungharjo"],
        ),
    ],
)
def test_the_kecamatan_villages_lie_in_is_no_unit_visited(text, want):
    assert lokus_of(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # a kecamatan the group goes to is visited
        "Sebanyak 15 camat dari Kota Mojokerto melakukan studi banding ke Kecamatan Klojen, Kota Malang, Kamis "
        "(6/7/2023).",
        # village heads (the travellers) studying at a kecamatan: the kecamatan is visited
        "Sebanyak 15 kepala desa dari Kabupaten Pati melakukan studi banding di Kecamatan Klojen, Kota Malang, "
        "Kamis (6/7/2023).",
    ],
)
def test_a_kecamatan_visited_is_kept(text):
    assert lokus_of(text) == [["Kecamatan Klojen"]]


# the group's own make-up ("Rombongan terdiri atas …", "Tim beranggotakan …", "Kegiatan diikuti oleh …") lists
# the units that travel, not units visited, unless the trip's preposition stands between
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Pemerintah Desa Sukamaju, Kabupaten Garut, menggelar studi banding ke Desa Ponggok, Kabupaten Klaten, "
            "Kamis (4/5/2023). Rombongan terdiri atas perangkat desa, mulai dari Kepala Urusan, Badan "
            "Permusyawaratan Desa (BPD), hingga Badan Usaha Milik Desa (BUMDes) Sukamaju.",
            ["Desa Ponggok"],
        ),
        (
            "Tim Pemkab Sigi melakukan studi tiru ke Kota Surabaya, Senin (3/7/2023). Tim beranggotakan 12 orang "
            "dari berbagai perangkat daerah, antara lain Bappeda, Inspektorat dan Dinas Pekerjaan Umum.",
            [],
        ),
        (
            "Pemkab Lebak melaksanakan kaji banding ke Kabupaten Bantul, Rabu (5/7/2023). Kegiatan tersebut diikuti "
            "oleh pejabat dari sejumlah OPD, yaitu Inspektorat, Bagian Organisasi dan Dinas Kesehatan.",
            [],
        ),
        (
            "Pemerintah Kabupaten Kapuas menggelar studi banding ke Kabupaten Banyuwangi, Selasa (4/7/2023). "
            "Rombongan terdiri dari Sekretariat Daerah, Bappeda, hingga Dinas Kominfo.",
            [],
        ),
    ],
)
def test_the_groups_make_up_is_not_visited(text, want):
    assert lokus_of(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # the travellers' make-up, then where they went
        "Pemkab Lebak melaksanakan kaji banding ke Kabupaten Bantul, Rabu (5/7/2023). Kegiatan diikuti 20 ASN "
        "yang berkunjung ke Dinas Kesehatan dan Bappeda.",
        # a lokus list without a make-up verb
        "Pemkab Lebak melaksanakan kaji banding ke Kabupaten Bantul, Rabu (5/7/2023). Lokus kunjungan antara lain "
        "Dinas Kesehatan dan Bappeda.",
    ],
)
def test_units_visited_after_the_make_up_are_kept(text):
    assert lokus_of(text) == [["Dinas Kesehatan", "Bappeda"]]


# the trip held at a unit ("Kunjungan studi dilaksanakan di Desa A", "Kuliah Kerja Profesi … digelar di Polres
# B"), or in the territory a command or police unit keeps ("di wilayah Kodim C", "di wilayah hukum Polres D")
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 17 perwira siswa Seskoad melaksanakan Kuliah Kerja Lapangan Dalam Negeri di wilayah Kodim "
            "0615/Kuningan, Senin (3/7/2023).",
            # (the command's number and name joined by a slash are its name, as the golds write it: kb-12, fa-09)
            ["Kodim 0615/Kuningan"],
        ),
        (
            "Sebanyak 20 peserta Sespimmen Polri melaksanakan Kuliah Kerja Profesi di Kabupaten Malang, Senin "
            "(3/7/2023). Para serdik meneliti persoalan di wilayah hukum Polres Malang.",
            ["Polres"],
        ),
        (
            "Sebanyak 25 kepala desa dari Kabupaten Lebak melakukan studi banding, Selasa (4/7/2023). Kunjungan "
            "studi tersebut dilaksanakan di Desa Ponggok Kecamatan Polanharjo Kabupaten Klaten.",
            ["Desa Ponggok"],
        ),
        (
            "Kegiatan Kuliah Kerja Profesi Sespimmen Polri Dikreg ke-65 digelar di Polres Magelang Kota, Jawa "
            "Tengah, Rabu (5/7/2023), diikuti 20 perwira siswa.",
            ["Polres"],
        ),
    ],
)
def test_the_unit_a_trip_is_held_at_is_visited(text, want):
    assert lokus_of(text) == [want]


# the work practice of police or military cadets (latihan kerja, latja) held at a unit: the unit is visited, its
# stint told before it ("menjalani latja selama sepekan di Polres A"); a Polrestabes or a Polsek named with its
# place alone is a unit, as a Polres is (tune: gebraknasional, blogaryo, sumeks, cakranews, digtara)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 90 siswa SPN Polda Riau menjalani latihan kerja (latja) selama dua pekan di Polres Kampar, "
            "mulai Senin (6/3/2023).",
            ["Polres"],
        ),
        (
            "Sebanyak 150 siswa SPN Polda Sumut menjalani Latja di Polrestabes Medan sejak Senin (6/3/2023).",
            ["Polrestabes"],
        ),
        (
            "Sebanyak 40 taruna Akpol melaksanakan latihan kerja di Polsek Tampan, Pekanbaru, mulai Senin (6/3/2023).",
            ["Polsek"],
        ),
    ],
)
def test_the_unit_of_a_work_practice_is_visited(text, want):
    assert lokus_of(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # a meeting held in an office is the hall where guests were received
        "Sebanyak 30 peserta PKA dari Provinsi Riau melakukan studi lapangan ke Kota Malang, Jumat (7/7/2023). "
        "Pertemuan digelar di Kantor Bappeda.",
        # a kecamatan keeps no territory of a command: "di wilayah" alone is no visit to it
        "Sebanyak 30 peserta PKA dari Provinsi Riau melakukan studi lapangan ke Kota Malang, Jumat (7/7/2023). "
        "Mereka juga melihat kondisi di wilayah Kecamatan Klojen yang padat.",
    ],
)
def test_a_meeting_hall_or_a_plain_area_is_no_unit_visited(text):
    assert lokus_of(text) == [[]]


# the topic written bare, or a second activity beside the first, between the activity and the unit ("studi tiru
# pelayanan perizinan di Dinas A", "kaji tiru dan bimbingan teknis (bimtek) di Desa B"); not where a lesson is
# to be applied
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 30 kepala desa dari Kabupaten Pati melakukan studi banding pengelolaan BUMDes di Desa "
            "Sumberarum, Kecamatan Moyudan, Kamis (4/5/2023).",
            ["Desa Sumberarum"],
        ),
        (
            "Pemerintah Kabupaten Kapuas menggelar studi tiru pelayanan perizinan di Dinas Penanaman Modal "
            "Kota Surabaya pada 12 Juni 2023.",
            ["Dinas Penanaman Modal"],
        ),
        (
            "Rombongan pejabat Kabupaten Katingan dibawa untuk melaksanakan kaji tiru dan bimbingan teknis "
            "(bimtek) di Desa Tetebatu, Kabupaten Lombok Timur, Senin (3/7/2023).",
            ["Desa Tetebatu"],
        ),
        (
            "Peserta Diklatpim IV Provinsi Jambi melakukan benchmarking inovasi Smart City di Dinas "
            "Komunikasi dan Informatika Kabupaten Banyuwangi, Rabu (9/8/2023).",
            ["Dinas Komunikasi dan Informatika"],
        ),
    ],
)
def test_the_unit_after_a_bare_topic_is_visited(text, want):
    assert lokus_of(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 20 pegawai dari Kabupaten Pati melakukan studi banding ke Kabupaten Sleman, Kamis "
        "(4/5/2023). Hasil studi banding bisa diterapkan di Dinas Kesehatan nantinya.",
        "Sebanyak 20 pegawai dari Kabupaten Pati melakukan studi banding ke Kabupaten Sleman, Kamis "
        "(4/5/2023). Ilmu dari studi banding itu akan dibawa pulang untuk dikembangkan di Dinas "
        "Kesehatan.",
    ],
)
def test_where_a_lesson_is_applied_is_no_unit_visited(text):
    assert lokus_of(text) == [[]]


# ---------------------------------------------------------------- 6. the group's own make-up, any verb of taking along
# The units a group is made of travel; they are not visited. Reporters write terdiri atas, beranggotakan,
# diikuti oleh, and as often melibatkan, mengikutsertakan, memboyong, membawa (serta), mengajak, and
# "turut serta ... antara lain".
def _units_without_destination(text: str) -> list[str]:
    from diklat_cli.extract.hosts import find_host_agencies
    from diklat_cli.extract.sentences import sentence_spans

    return [name for name, _, _ in find_host_agencies(text, sentence_spans(text), None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan melibatkan sejumlah OPD, antara lain Bappeda, Dinas Pariwisata dan Dinas PUPR.",
        "Kunjungan itu mengikutsertakan sejumlah OPD, yakni Bappeda, Dinas Pariwisata dan Dinas PUPR.",
        "Bupati memboyong sejumlah OPD, yaitu Bappeda, Dinas Pariwisata dan Dinas PUPR.",
        "Rombongan turut membawa sejumlah OPD, di antaranya Bappeda dan Dinas Pariwisata.",
        "Wali kota mengajak beberapa perangkat daerah, antara lain Bappeda dan Dinas Perhubungan.",
    ],
)
def test_group_make_up_not_visited(text: str) -> None:
    assert _units_without_destination(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the units are where the group went
        "Rombongan mengunjungi sejumlah OPD, antara lain Bappeda, Dinas Pariwisata dan Dinas PUPR.",
        "Studi banding melibatkan kunjungan ke sejumlah OPD, antara lain Bappeda dan Dinas Pariwisata.",
    ],
)
def test_group_make_up_near_misses(text: str) -> None:
    assert "Bappeda" in _units_without_destination(text)


# ---------------------------------------------------------------- 3. any label of a posting line
# An outlet's posting line dates the article with any of its labels: "Pembaruan terakhir", "Terakhir
# diperbarui", "Dirilis", "Rilis", "Dipublish", "Publish", "Dibuat", "Last modified", "Modified",
# "Created", and an English weekday may stand before the date.
@pytest.mark.parametrize(
    "label",
    [
        "Pembaruan terakhir:",
        "Terakhir diperbarui",
        "Dirilis",
        "Dipublish",
        "Publish:",
        "Dibuat pada",
        "Last modified:",
        "Modified on",
        "Created:",
        "Posted on Friday,",
    ],
)
def test_any_posting_label(label: str) -> None:
    text = f"Ambon (ANTARA) - Peserta tiba di Ambon.\n\n{label} 12 Mei 2019\n"
    b = find_byline(text)
    assert b.published is not None and b.published[0] == date(2019, 5, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Ambon (ANTARA) - Peserta tiba di Ambon.\n\nDokumen itu dibuat bersama para peserta sejak 12 Mei 2019"
        " dan terus diperbaiki oleh tim selama kegiatan.\n",
        "Ambon (ANTARA) - Peserta tiba di Ambon.\n\nProgram itu dirilis secara resmi oleh gubernur bersama para"
        " bupati pada 12 Mei 2019 di halaman kantor.\n",
    ],
)
def test_posting_label_near_misses(text: str) -> None:
    assert find_byline(text).published is None


# ---------------------------------------------------------------- 8. units chained by any word of joining
# Units joined in one phrase share its preposition and region ("di Dinas A dan Dinas B Kabupaten X"); a report
# joins them by any word of joining or going on: dan, serta, kemudian, and as often maupun, beserta, juga,
# selanjutnya, berikutnya, disusul, setelah itu, sampai dengan, "dan juga".
_TWO = ["Dinas Pariwisata", "Dinas Perikanan"]


# ---------------------------------------------------------------- 7. a list counted in words, any ordinal
# "… mengunjungi tiga desa, yakni pertama Desa A. Kedua Desa B. …": the list opens with any word of listing
# (or "Yang pertama adalah") and goes on under any ordinal (keenam, ke-6) or word of going on (berikutnya,
# setelah itu), each in a sentence of its own.


@pytest.mark.parametrize(
    "link",
    [
        " maupun",
        ", selanjutnya",
        " beserta",
        ", dan juga",
        " sampai dengan",
        ", berikutnya",
        ", disusul",
        ", setelah itu",
    ],
)
def test_units_chained_by_any_link(link: str) -> None:
    text = f"Peserta berdiskusi di Dinas Pariwisata{link} Dinas Perikanan Kabupaten Banyuwangi."
    assert banyuwangi_units_of(text) == _TWO


@pytest.mark.parametrize(
    "text",
    [
        "Peserta berdiskusi dengan Dinas Pariwisata maupun Dinas Perikanan Kabupaten Banyuwangi.",
        "Peserta berdiskusi di Dinas Pariwisata tentang tugas Dinas Perikanan Kabupaten Banyuwangi.",
    ],
)
def test_units_chained_near_misses(text: str) -> None:
    assert banyuwangi_units_of(text) != _TWO


# ---------------------------------------------------------------- 12. what a host does, listed under any name
# "Program inovatif tersebut antara lain A, Kampung B": names of what the host does, not units the group went
# to; a report names them program, inovasi, and as often terobosan, gerakan, kebijakan, "inovasi-inovasi",
# "program prioritas yang dipaparkan".
_LEAD = "Peserta studi banding belajar di Banyuwangi. "


@pytest.mark.parametrize(
    "listed",
    [
        "Terobosan tersebut antara lain Desa Cerdas, Kampung KB dan Dinas Jemput Bola.",
        "Gerakan unggulan itu di antaranya Desa Cerdas dan Kampung KB.",
        "Inovasi-inovasi itu antara lain Desa Cerdas dan Kampung KB.",
        "Program prioritas yang dipaparkan antara lain Desa Cerdas dan Kampung KB.",
        "Kebijakan strategis tersebut meliputi Desa Cerdas dan Kampung KB.",
    ],
)
def test_doings_listed_are_no_units(listed: str) -> None:
    assert banyuwangi_units_of(_LEAD + listed) == []


# ---------------------------------------------------------------- 1. a museum is a place visited
# Training cohorts learning national insight, and study tours of every kind, name the museums they go to as
# they name offices ("mendatangi Museum A", "berkunjung ke Museum B"): a museum heads a lokus as a Dinas does.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "JAKARTA - Sebanyak 40 peserta Diklatpim III dari Provinsi Riau mendatangi Museum Bahari di "
            "Jakarta Utara, Rabu (3/5/2023), untuk belajar sejarah maritim.",
            "Museum Bahari",
        ),
        (
            "Rombongan studi banding DPRD Kabupaten Sleman berkunjung ke Museum Lampung di Bandar Lampung, "
            "Senin (6/3/2023).",
            "Museum Lampung",
        ),
        (
            "Peserta PKA Angkatan II BPSDM Jawa Tengah melakukan kunjungan lapangan ke Museum Geologi, "
            "Kota Bandung, Kamis (11/5/2023).",
            "Museum Geologi",
        ),
        (
            "Para kepala desa dari Kabupaten Gowa menyambangi Museum Gunungapi Merapi di Kabupaten Sleman "
            "dalam studi tiru mitigasi bencana, Selasa (14/2/2023).",
            "Museum Gunungapi Merapi",
        ),
    ],
)
def test_a_museum_is_a_place_visited(text: str, want: str) -> None:
    hosts = lokus_of(text)
    assert hosts and hosts[0] is not None and want in hosts[0]


@pytest.mark.parametrize(
    "text",
    [
        # a museum named as the topic of a council's talk, not gone to
        "Rombongan DPRD Kabupaten Kediri melakukan kunjungan kerja ke DPRD Kota Malang membahas anggaran "
        "pembangunan museum daerah, Senin (6/3/2023).",
        # the museum only borrows its name to an event held elsewhere
        "Peserta Diklatpim IV dari Kabupaten Blitar studi banding ke Dinas Kependudukan Kota Surabaya "
        'usai menonton pameran "Museum Berjalan" di televisi, Rabu (8/3/2023).',
    ],
)
def test_a_museum_not_visited(text: str) -> None:
    for hosts in lokus_of(text):
        assert not any((h or "").startswith("Museum") for h in hosts or [])


# ---------------------------------------------------------------- 2. the place "chosen because …"
# A report names the place a trip went to by saying why it was chosen ("Desa A dipilih karena …"), the role
# (lokasi, tujuan) left unsaid: the unit so chosen is the one visited, whatever the reason word.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 25 kepala desa dari Kabupaten Bireuen melakukan studi banding ke Kabupaten Bantul, "
            "Jawa Tengah, Senin (3/7/2023). Desa Panggungharjo dipilih karena pengelolaan sampahnya.",
            "Desa Panggungharjo",
        ),
        (
            "Rombongan Pemkab Sintang melaksanakan studi tiru ke Kabupaten Badung, Bali, Rabu (5/7/2023). "
            "Dinas Penanaman Modal dipilih lantaran layanan perizinannya cepat.",
            "Dinas Penanaman Modal",
        ),
        (
            "Para perangkat desa asal Kabupaten Pesawaran menggelar kunjungan belajar ke Kabupaten Malang, "
            "Kamis (6/7/2023). Desa Pujon Kidul dipilih berkat desa wisatanya yang maju.",
            "Desa Pujon Kidul",
        ),
        (
            "Sebanyak 30 peserta PKA dari BPSDM Provinsi Jambi melakukan benchmarking ke Kota Surabaya, "
            "Selasa (4/7/2023). Bagian Organisasi dipilih sebab inovasinya banyak.",
            "Bagian Organisasi",
        ),
    ],
)
def test_the_unit_chosen_is_visited(text: str, want: str) -> None:
    hosts = lokus_of(text)
    assert hosts and hosts[0] is not None and want in hosts[0]


@pytest.mark.parametrize(
    "text",
    [
        # chosen, but as the winner of a contest, not as the place of the trip
        "Sebanyak 25 kepala desa dari Kabupaten Bireuen studi banding ke Dinas Pariwisata Kabupaten Bantul, "
        "Senin (3/7/2023). Di tingkat provinsi, Desa Sukamaju terpilih menjadi juara lomba desa tahun lalu.",
        # a person chosen, not a unit
        "Rombongan Pemkab Sintang studi tiru ke Dinas Penanaman Modal Kabupaten Badung, Rabu (5/7/2023). "
        "Ketua rombongan dipilih karena pengalamannya.",
    ],
)
def test_chosen_near_misses(text: str) -> None:
    for hosts in lokus_of(text):
        assert "Desa Sukamaju" not in (hosts or [])


# ---------------------------------------------------------------- 3. a region's short name, given in brackets
# A report gives a region's short name in brackets after its full name ("Kabupaten Buton Utara (Butur)") and
# then writes the short name alone ("DPRD Butur"): the later short name is a mention of that region.
def _short_mentions(text: str) -> list[tuple[str, str]]:
    return [(p.mention.text, p.region.name) for p in resolved_places(text) if "(" not in p.mention.text]


@pytest.mark.parametrize(
    ("text", "short", "region"),
    [
        (
            "Rombongan Kabupaten Bandung Barat (KBB) tiba di Bali. Ketua DPRD KBB memimpin rombongan.",
            "KBB",
            "Kabupaten Bandung Barat",
        ),
        (
            "Sebanyak 20 kepala desa Kabupaten Buton Utara (Butur) belajar ke Bantul. Para kades Butur pulang Jumat.",
            "Butur",
            "Kabupaten Buton Utara",
        ),
        (
            "Pemerintah Kabupaten Tulang Bawang (Tuba) studi tiru ke Sleman; Sekda Tuba hadir bersama rombongan.",
            "Tuba",
            "Kabupaten Tulang Bawang",
        ),
        (
            "Anggota dewan Kabupaten Penajam Paser Utara (PPU) kunker ke Surabaya. Wakil rakyat PPU itu disambut.",
            "PPU",
            "Kabupaten Penajam Paser Utara",
        ),
    ],
)
def test_a_short_name_defined_in_brackets(text: str, short: str, region: str) -> None:
    assert (short, region) in _short_mentions(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a bracket naming something else than the region: a programme's acronym
        ("Kota Nusantara (IKN) dikunjungi rombongan; pembangunan IKN dipaparkan.", "IKN"),
        # the government word in brackets is no short name
        ("Rombongan diterima Kota Yogyakarta (Pemkot) di Balai Kota; Pemkot menjamu tamu.", "Pemkot"),
    ],
)
def test_a_bracket_that_is_no_short_name(text: str, word: str) -> None:
    assert all(short != word for short, _ in _short_mentions(text))


# ---------------------------------------------------------------- 4. the unit of the official who received the group
# A report often names the unit visited only through its official who received the group ("disambut Kepala
# Dinas A", "diterima Ketua Komisi II DPRD B", "Kepala Badan C Kota D, Fulan, yang menerima rombongan"):
# where no unit visited is named otherwise, the official's unit is the one visited; not when the official
# stands for the region's head ("mewakili Bupati").
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 20 pejabat Pemkab Kapuas studi tiru ke Kota Salatiga, Kamis (6/7/2023). Rombongan "
            "disambut Kepala Dinas Perpustakaan dan Kearsipan Kota Salatiga.",
            "Dinas Perpustakaan dan Kearsipan",
        ),
        (
            "Anggota DPRD Kabupaten Kudus melakukan kunjungan kerja ke Kabupaten Gianyar, Senin (3/7/2023). "
            "Mereka diterima oleh Ketua Komisi I DPRD Gianyar.",
            "DPRD",
        ),
        (
            "Tim Pemkab Sambas belajar tata kelola arsip ke Kota Yogyakarta, Rabu (5/7/2023). Kepala Badan "
            "Perencanaan Pembangunan Daerah Kota Yogyakarta Budi Santoso, yang menerima rombongan, memaparkan "
            "programnya.",
            "Badan Perencanaan Pembangunan Daerah",
        ),
        (
            "Para peserta PKA dari BPSDM Provinsi Bengkulu benchmarking ke Kota Malang, Selasa (4/7/2023). "
            "Kepala Bagian Organisasi Setda Kota Malang menyambut rombongan di ruang rapat.",
            "Bagian Organisasi",
        ),
        (
            "Rombongan Pemkab Lahat studi tiru ke Kota Madiun, Senin (10/7/2023). Di sana mereka dijamu "
            "Kepala Dinas Komunikasi dan Informatika Kota Madiun.",
            "Dinas Komunikasi dan Informatika",
        ),
        # the official before any verb of receiving (verbs.RECEIVING): dining, being visited
        (
            "Para camat Kabupaten Bima studi tiru ke Kota Batu, Rabu (12/7/2023). Kepala Dinas Pariwisata Kota "
            "Batu, Arief Rahman, yang menjamu rombongan, memaparkan program desa wisata.",
            "Dinas Pariwisata",
        ),
        (
            "Pejabat Pemkab Sumba Barat benchmarking ke Kota Denpasar, Jumat (14/7/2023). Kepala Badan Pendapatan "
            "Daerah Kota Denpasar, Made Arya, yang kedatangan rombongan itu, menjelaskan pajak daerah.",
            "Badan Pendapatan Daerah",
        ),
    ],
)
def test_the_receiving_officials_unit(text: str, want: str) -> None:
    hosts = lokus_of(text)
    assert hosts and hosts[0] is not None and want in hosts[0]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the official greets on behalf of the regent: the government receives
        (
            "Peserta PKP dari Kabupaten Blora studi lapangan ke Kabupaten Purworejo, Kamis (6/7/2023). Rombongan "
            "disambut Kepala Badan Kepegawaian Daerah Kabupaten Purworejo, Sutarno, mewakili Bupati Purworejo.",
            "Badan Kepegawaian Daerah",
        ),
        # a unit visited is named otherwise: the greeting official's unit is not added
        (
            "Rombongan DPRD Kabupaten Sragen studi banding ke Dinas Lingkungan Hidup Kota Surabaya, Rabu "
            "(5/7/2023). Rombongan disambut Kepala Bagian Umum Setda Kota Surabaya.",
            "Bagian Umum Setda",
        ),
        # the official escorts the one who receives, by any verb of receiving
        (
            "Rombongan Pemkab Bima studi tiru ke Kota Batu, Rabu (12/7/2023). Wali Kota Batu didampingi Kepala "
            "Dinas Pariwisata Kota Batu saat menjamu rombongan di balai kota.",
            "Dinas Pariwisata",
        ),
    ],
)
def test_the_receiving_officials_unit_near_misses(text: str, unit: str) -> None:
    for hosts in lokus_of(text):
        assert unit not in (hosts or [])


# ---------------------------------------------------------------- 4. a verb of learning, its topic, then the unit
# The host's report says what the guests learnt and where ("Rombongan mempelajari pengembangan kampung digital di
# Dinas A"): the unit after any verb of learning and its topic is a unit visited, as after "studi banding".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Cimahi - Pemerintah Kota Cimahi menerima rombongan studi banding dari Pemerintah Kabupaten Garut, "
            "Kamis (4/7/2024). Rombongan mempelajari pengembangan kampung digital di Dinas Komunikasi dan "
            "Informatika.",
            "Dinas Komunikasi dan Informatika",
        ),
        (
            "Banjarbaru - Pemkot Banjarbaru kedatangan rombongan studi banding Pemkab Tapin, Senin (14/10/2024). "
            "Para tamu menggali inovasi arsip digital di Dinas Perpustakaan dan Kearsipan.",
            "Dinas Perpustakaan dan Kearsipan",
        ),
        (
            "Probolinggo - Pemkot Probolinggo menerima kunjungan studi tiru dari Pemkab Lumajang, Kamis "
            "(19/9/2024). Mereka mendalami tata kelola sampah terpadu di Dinas Lingkungan Hidup.",
            "Dinas Lingkungan Hidup",
        ),
        (
            "Kudus - Rombongan studi banding Pemkab Jepara tiba di Kudus, Selasa (10/9/2024), lalu menimba ilmu "
            "pengelolaan pasar tradisional di Dinas Perdagangan.",
            "Dinas Perdagangan",
        ),
    ],
)
def test_learning_verb_topic_then_unit(text: str, want: str) -> None:
    assert want in lokus_of(text)[0]


# near-misses: the unit where the lesson is to be used, or a unit after the learning verb's object with no topic
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Cimahi - Pemerintah Kota Cimahi menerima rombongan studi banding dari Pemerintah Kabupaten Garut, "
            "Kamis (4/7/2024). Hasil yang dipelajari rombongan akan diterapkan di Dinas Kesehatan.",
            "Dinas Kesehatan",
        ),
        (
            "Kudus - Rombongan studi banding Pemkab Jepara tiba di Kudus, Selasa (10/9/2024). Mereka "
            "mempelajari hal yang bisa dikembangkan di Dinas Perdagangan sepulang dari Kudus.",
            "Dinas Perdagangan",
        ),
    ],
)
def test_learning_verb_near_misses(text: str, unit: str) -> None:
    assert unit not in lokus_of(text)[0]


# ---------------------------------------------------------------- 5. a unit, then its verb of receiving the visit
# A host's report opens with the unit that received the visit, by any verb of receiving and any name of the visit
# ("Diskominfo A menerima studi banding …", "Pemerintah Desa B, Kecamatan C, kedatangan rombongan …", "menyambut
# delegasi"); a village's kecamatan may stand between as its address. The unit is the place visited.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Klaten - Pemerintah Desa Ponggok, Kecamatan Polanharjo, menerima kunjungan 36 peserta Latsar CPNS "
            "Kabupaten Wonogiri, Sabtu (28/9/2024), yang belajar pengelolaan BUMDes.",
            "Desa Ponggok",
        ),
        (
            "Bantul - Pemerintah Desa Panggungharjo, Kecamatan Sewon, kedatangan rombongan kepala desa dari "
            "Kabupaten Pesawaran, Kamis (14/11/2024), untuk studi tiru pengelolaan BUMDes.",
            "Desa Panggungharjo",
        ),
        (
            "Kudus - Dinas Komunikasi dan Informatika Kabupaten Kudus menerima studi banding dari Diskominfo "
            "Kabupaten Rembang, Selasa (10/9/2024). Rombongan 12 orang belajar pengelolaan media sosial.",
            "Dinas Komunikasi dan Informatika",
        ),
        (
            "Sleman - Dinas Pariwisata Kabupaten Sleman menyambut delegasi Pemerintah Kabupaten Sikka yang "
            "melakukan kaji banding desa wisata, Rabu (16/10/2024).",
            "Dinas Pariwisata",
        ),
    ],
)
def test_unit_receives_the_visit(text: str, want: str) -> None:
    assert want in lokus_of(text)[0]


# near-misses: a unit that receives a letter or an award, not the visit; a unit whose kecamatan is another place's
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Kudus - Rombongan studi banding Pemkab Rembang berkunjung ke Kabupaten Kudus, Selasa (10/9/2024). "
            "Dinas Pendidikan Kabupaten Kudus menerima penghargaan dari gubernur pekan lalu.",
            "Dinas Pendidikan",
        ),
        (
            "Bantul - Rombongan kepala desa Kabupaten Pesawaran studi tiru ke Desa Panggungharjo, Kamis "
            "(14/11/2024). Desa Timbulharjo, Kecamatan Sewon, menerima surat undangan untuk acara itu.",
            "Desa Timbulharjo",
        ),
    ],
)
def test_unit_receives_near_misses(text: str, unit: str) -> None:
    assert unit not in lokus_of(text)[0]


def test_a_unit_known_by_its_acronym_and_seat_is_where_the_group_goes() -> None:
    # "ke LPMP Sumatera Barat": the place names the unit gone to
    text = (
        "JAMBI - Pegawai LPMP Provinsi Jambi melakukan studi tiru ke LPMP Jawa Timur, Selasa (3/10/2023), "
        "untuk mempelajari layanan terpadu."
    )
    assert destination_province_of(text) == ["Jawa Timur"]


# ---------------------------------------------------------------- the same kind of unit at each stop


def test_a_council_visited_at_each_stop_is_a_unit_of_each() -> None:
    found = visits_of(
        "SAMPANG - DPRD Sampang melakukan kunjungan kerja untuk belajar soal perda, Senin (3/6/2024). Komisi I "
        "berkunjung ke DPRD Kota Probolinggo, Komisi II mendatangi DPRD Kota Blitar dan Komisi III ke DPRD "
        "Kabupaten Jember.",
    )
    assert {v.destination.regency: v.host_agencies for v in found} == {
        "Kota Probolinggo": ["DPRD"],
        "Kota Blitar": ["DPRD"],
        "Kabupaten Jember": ["DPRD"],
    }


def test_an_office_of_the_same_name_in_each_regency_is_a_unit_of_each() -> None:
    found = visits_of(
        "MALANG - Peserta PKP Angkatan IV Kabupaten Blitar melaksanakan studi lapangan, Selasa (4/6/2024). "
        "Kelompok 1 belajar ke Dinas Kesehatan Kota Batu, sedangkan kelompok 2 ke Dinas Kesehatan Kabupaten "
        "Malang.",
    )
    assert {v.destination.regency: v.host_agencies for v in found} == {
        "Kota Batu": ["Dinas Kesehatan"],
        "Kabupaten Malang": ["Dinas Kesehatan"],
    }


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "PEKANBARU - Pansus Tatib DPRD Provinsi Kalimantan Barat berkunjung ke Provinsi Riau, Kamis (6/6/2024). "
            "Mereka ingin mempelajari tatib DPRD Riau yang sudah disahkan.",
            "Riau",
        ),
        (
            "Komisi C DPRD Provinsi Jambi kunjungan kerja ke Provinsi Bali, Selasa (11/6/2024). Semula rombongan "
            "dijadwalkan bertemu anggota DPRD Bali, namun para anggota dewan di sana sedang reses.",
            "Bali",
        ),
        (
            "Badan Anggaran DPRD Provinsi Bengkulu studi banding ke Provinsi Sumatera Barat, Rabu (12/6/2024). "
            "Menurut ketua banggar, DPRD Sumatera Barat sudah lebih dulu menyusun aturan itu.",
            "Sumatera Barat",
        ),
        (
            "Pansus DPRD Provinsi Lampung berangkat ke Provinsi Jawa Tengah, Senin (17/6/2024), untuk belajar perda. "
            "Perda yang disusun DPRD Jawa Tengah dinilai bisa menjadi rujukan.",
            "Jawa Tengah",
        ),
    ],
)
def test_a_provinces_council_visits_the_host_provinces_council(text, province) -> None:
    # a council of a province travels to meet its counterpart as a regency's does
    found = visits_of(text)
    assert [(v.destination.province, v.host_agencies) for v in found] == [(province, ["DPRD"])]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # the unit visited is named: the host's council is no unit of the visit
        (
            "Pansus DPRD Provinsi Lampung berangkat ke Provinsi Jawa Tengah, Senin (17/6/2024), untuk belajar perda "
            "ke Biro Hukum Setda Jawa Tengah.",
            ["Biro Hukum"],
        ),
        # a government, not a council, travels: the host's council named in passing is none
        (
            "Pemerintah Provinsi Jambi studi banding ke Provinsi Bali, Rabu (5/6/2024), untuk belajar pariwisata. "
            "Menurut Sekda Jambi, DPRD Bali turut mendukung sektor itu.",
            [],
        ),
    ],
)
def test_a_provinces_council_keeps_the_unit_it_names(text, units) -> None:
    assert [v.host_agencies for v in visits_of(text)] == [units]


# ---------------------------------------------------------------- the travellers' own body is no unit visited


def test_the_senders_council_written_with_its_region_is_no_unit_visited() -> None:
    # "Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten A (Akr) mendatangi …": the travellers' own body
    found = visits_of(
        "BURANGA - Jajaran Pemerintah dan Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Buton Utara (Butur) "
        "mendatangi kantor Wali Kota Yogyakarta untuk studi banding, Kamis (25/7/2019).",
    )
    assert {(v.destination.regency, tuple(v.host_agencies)) for v in found} == {("Kota Yogyakarta", ())}


def test_the_senders_office_named_in_full_is_no_unit_visited() -> None:
    found = visits_of(
        "DENPASAR - Dinas Pariwisata Kabupaten Wonosobo melakukan studi banding ke Dinas Pariwisata Kabupaten "
        "Badung, Rabu (5/6/2024).",
    )
    assert [(v.destination.regency, v.host_agencies) for v in found] == [("Kabupaten Badung", ["Dinas Pariwisata"])]


@pytest.mark.parametrize(
    ("text", "lokus"),
    [
        (
            "Perangkat Desa Karangrejo, Kecamatan Wonosari, Kabupaten Gunungkidul, mengunjungi Desa Panggungharjo, "
            "Kabupaten Bantul, Kamis (6/6/2024). Kunjungan ini dipimpin Kepala Desa Karangrejo. Menurut dia, "
            "Desa Karangrejo perlu belajar mengelola sampah.",
            [["Desa Panggungharjo"]],
        ),
        (
            "Aparatur Desa Sumberejo, Kecamatan Paciran, Kabupaten Lamongan, bertandang ke Kabupaten Malang, "
            "Sabtu (8/6/2024). Mereka belajar di Desa Pujon Kidul dan Desa Sumberejo.",
            [["Desa Pujon Kidul"]],
        ),
        (
            "Kades Lembah Hijau, Kabupaten Sleman, memimpin rombongan yang berangkat ke Kabupaten Badung, Senin "
            "(10/6/2024). Rombongan mempelajari pengelolaan sampah di Desa Lembah Hijau.",
            [[]],
        ),
        # near-misses: the host's head receives the guests, or guides them on: the host's village stays
        (
            "Rombongan Pemerintah Kabupaten Lamongan melakukan studi banding ke Kabupaten Klaten, Selasa (4/6/2024). "
            "Di Klaten rombongan disambut Kepala Desa Ponggok, Junaedi, yang memaparkan pengelolaan BUMDes. "
            "Kepala Desa Ponggok kemudian mengajak tamu ke Umbul Ponggok.",
            [["Desa Ponggok"]],
        ),
        (
            "Kepala Desa Ponggok Junaedi menerima rombongan studi tiru dari Kabupaten Sikka di Desa Ponggok, "
            "Kabupaten Klaten, Rabu (5/6/2024). Rombongan kemudian berkeliling Desa Ponggok.",
            [["Desa Ponggok"]],
        ),
        (
            "Sebanyak 60 kepala desa dari Kabupaten Lebak studi tiru ke Desa Sukamaju, Kecamatan Cibeber, Kabupaten "
            "Cianjur, Sabtu (6/4/2024). Rombongan disambut warga. Ketua rombongan lalu mengundang Kades Sukamaju "
            "untuk berkunjung ke Lebak.",
            [["Desa Sukamaju"]],
        ),
    ],
)
def test_the_travellers_own_village_is_no_unit_visited(text, lokus):
    assert lokus_of(text) == lokus


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Camat Sukamaju beserta rombongan menjalankan studi tiru ke Kabupaten Sumedang.", {"Sukamaju"}),
        ("Pemerintah Desa Cibodas menggelar studi banding selama dua hari di Klaten.", {"Cibodas"}),
        ("Para tamu itu berasal dari Desa Mekarsari, Kabupaten Ciamis.", {"Mekarsari"}),
        ("Pengurus BUMDes Tirta Jaya dan perangkat desa dijadwalkan mengunjungi Kabupaten Klaten.", {"Tirta Jaya"}),
        # near-misses: the head receives the group, or names the village after the group went
        ("Kepala Desa Ponggok menyambut rombongan yang datang ke Klaten.", set()),
        ("Rombongan berkunjung ke Kabupaten Klaten dan bertemu Kepala Desa Ponggok.", set()),
        # near-misses: the head is spoken to, invited or written to before the word of going, no traveller
        ("Panitia sudah berbicara dengan Kades Sukamaju soal rencana kunjungan ke Desa Sukamaju.", set()),
        ("Ketua rombongan mengundang Kepala Desa Sukamaju untuk berkunjung ke Kabupaten Lebak.", set()),
        ("Surat permohonan dikirim kepada Camat Cibeber sebelum rombongan berangkat ke Cianjur.", set()),
        ("Sebelumnya panitia menghubungi Lurah Kebonsari terkait rencana studi banding ke Malang.", set()),
        # ... but a head going with the leader is a traveller
        ("Bupati bersama dengan Camat Sukamaju berangkat studi banding ke Klaten.", {"Sukamaju"}),
    ],
)
def test_the_travellers_own_village_is_named_by_who_goes(text, own):
    assert host_step._senders_own_places(text, sentence_spans(text)) == own


@pytest.mark.parametrize(
    ("text", "lokus"),
    [
        (
            "Rombongan DPRD Kabupaten Temanggung studi tiru dengan mendatangi Mal Pelayanan Publik Kota Kediri di area "
            "Dhoho Plaza dan disambut langsung Kepala DPMPTSP Kota Kediri Budi Santoso, Rabu (23/4/2025).",
            [["Mal Pelayanan Publik"]],
        ),
        (
            "Tim Pemkot Palu studi banding ke Kampung Wisata Kayutangan, Kota Malang, Senin (5/5/2025). Tim antara "
            "lain diterima Kepala Dinas Kebudayaan dan Pariwisata Kota Malang, Andi Wibowo.",
            [["Kampung Wisata Kayutangan"]],
        ),
        (
            "Peserta PKP melakukan studi lapangan ke Desa Wisata Pentingsari, Kabupaten Sleman, Kamis (8/5/2025). "
            "Mereka di antaranya disambut Kepala Bappeda Kabupaten Sleman, Sri.",
            [["Desa Wisata Pentingsari"]],
        ),
        (
            "Komisi B DPRD Kota Bogor melakukan kunjungan kerja ke Pasar Gede, Kota Surakarta, Jumat (9/5/2025). "
            "Rombongan antara lain diterima Sekretaris Dinas Perdagangan Kota Surakarta, Rudi.",
            [["Pasar Gede"]],
        ),
        # near-misses: the official's unit is the only one named, or is itself the unit gone to
        (
            "Komisi B DPRD Kota Bogor melakukan kunjungan kerja ke Kota Surakarta, Jumat (9/5/2025). Rombongan antara "
            "lain diterima Sekretaris Dinas Perdagangan Kota Surakarta, Rudi.",
            [["Dinas Perdagangan"]],
        ),
        (
            "Rombongan Pemkab Temanggung studi banding ke Dinas Kesehatan Kota Malang, Senin (5/5/2025), dan disambut "
            "langsung Kepala Dinas Kesehatan Kota Malang, Andi Wibowo.",
            [["Dinas Kesehatan"]],
        ),
    ],
)
def test_the_receiving_officials_unit_stands_in_only_where_no_other_is_named(text, lokus):
    assert lokus_of(text) == lokus


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a region's PKK team by any of its names: "Tim Penggerak PKK", "TP PKK", spelt out in full
        ("Kunjungan ke TP PKK Kota Batu berlangsung hangat.", ["TP PKK"]),
        ("Mereka menyambangi kantor TP PKK Kabupaten Bantul.", ["TP PKK"]),
        (
            "Rombongan mengunjungi Tim Penggerak Pemberdayaan Kesejahteraan Keluarga Kota Blitar.",
            ["Tim Penggerak Pemberdayaan Kesejahteraan Keluarga"],
        ),
        (
            "Tim Penggerak Pemberdayaan Kesejahteraan Keluarga (TP PKK) Kabupaten Garut berangkat.",
            ["Tim Penggerak Pemberdayaan Kesejahteraan Keluarga (TP PKK)"],
        ),
        # near-miss: PKK cadres without the team's name are no unit
        ("Para kader PKK desa ikut dalam rombongan.", []),
    ],
)
def test_the_pkk_team_by_any_of_its_names_is_a_unit(text, names):
    assert [u.name for u in agencies.find_units(text)] == names


@pytest.mark.parametrize(
    ("text", "lokus"),
    [
        (
            "TP PKK Kabupaten Wonogiri melakukan studi banding ke TP PKK Kabupaten Banyuwangi, Senin (10/6/2024).",
            [["TP PKK"]],
        ),
        (
            "Ketua TP PKK Kabupaten Kapuas bersama anggota studi tiru ke TP PKK Kota Balikpapan, Kamis (13/6/2024), "
            "lalu ke Desa Wisata Pampang.",
            [["TP PKK", "Desa Wisata Pampang"]],
        ),
        # near-miss: the sender's own team leads the group, the village is what it visits
        (
            "Ketua TP PKK Kabupaten Garut memimpin studi banding ke Desa Ponggok, Kabupaten Klaten, Jumat (14/6/2024).",
            [["Desa Ponggok"]],
        ),
    ],
)
def test_a_pkk_team_visiting_its_peer_has_the_peer_as_lokus(text, lokus):
    assert lokus_of(text) == lokus


# a group received in a unit's office met that unit: "diterima di Dinas A Kota B" names the unit visited like
# "ke Dinas A Kota B" (any verb of receiving or of where the meeting was held); only the regional secretariat is
# the government's seat, the government hosting, and "tiba di"/"berkumpul di" stay a stop on the way
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Makassar - Sebanyak 30 peserta PKA Angkatan II Kabupaten Gowa melaksanakan studi lapangan ke Kota "
            "Makassar, Selasa (12/3/2024). Rombongan diterima di Dinas Penanaman Modal dan Pelayanan Terpadu Satu "
            "Pintu Kota Makassar oleh kepala dinasnya.",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        ),
        (
            "Sumbawa Besar - Bappeda Kabupaten Sumbawa mengirim tim ke Kota Surabaya untuk belajar perencanaan "
            "berbasis elektronik, Senin (2/9/2024). Tim itu diterima di Bappedalitbang Kota Surabaya.",
            "Bappedalitbang",
        ),
        (
            "Peserta Latsar CPNS Kabupaten Pati studi banding ke Kabupaten Kudus, Kamis (4/7/2024). Para peserta "
            "disambut langsung di Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kudus.",
            "Dinas Kependudukan dan Pencatatan Sipil",
        ),
        (
            "Komisi II DPRD Kabupaten Bone melakukan kunjungan kerja ke Kota Parepare, Senin (1/7/2024). Pertemuan "
            "bertempat di Badan Pendapatan Daerah Kota Parepare dan membahas pajak hotel.",
            "Badan Pendapatan Daerah",
        ),
        (
            "Rombongan Pemkab Luwu Utara studi tiru ke Kota Palopo, Rabu (3/4/2024). Diskusi berlangsung di Dinas "
            "Perpustakaan Kota Palopo hingga siang.",
            "Dinas Perpustakaan",
        ),
        (
            "Peserta Latsar CPNS Kabupaten Pati studi banding ke Kabupaten Kudus, Kamis (4/7/2024). Siang itu "
            "mereka dijamu di Dinas Pariwisata Kabupaten Kudus.",
            "Dinas Pariwisata",
        ),
    ],
)
def test_the_unit_a_group_is_received_in_is_visited(text: str, unit: str) -> None:
    (units,) = lokus_of(text)
    assert unit in units


# the unit that received the group, by any verb of being received (verbs.RECEIVED) with "oleh", is visited
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Peserta PKA Kabupaten Gowa studi lapangan ke Kota Makassar, Selasa (12/3/2024). Rombongan dijamu "
            "oleh Dinas Pariwisata Kota Makassar.",
            "Dinas Pariwisata",
        ),
        (
            "Anggota DPRD Kabupaten Bone kunjungan kerja ke Kota Parepare, Senin (1/7/2024). Mereka ditemui oleh "
            "Badan Pendapatan Daerah Kota Parepare.",
            "Badan Pendapatan Daerah",
        ),
    ],
)
def test_the_unit_a_group_is_received_by_is_visited(text: str, unit: str) -> None:
    (units,) = lokus_of(text)
    assert unit in units


@pytest.mark.parametrize(
    "text",
    [
        # the regional secretariat received in: the government hosts
        "Peserta PKP Kabupaten Wajo studi lapangan ke Kabupaten Soppeng, Senin (6/5/2024). Rombongan diterima di "
        "Sekretariat Daerah Kabupaten Soppeng oleh Sekda.",
        # arriving somewhere is no visit of it
        "Peserta PKP Kabupaten Wajo studi lapangan ke Kabupaten Soppeng, Senin (6/5/2024). Rombongan lebih dulu "
        "berkumpul di BKPSDM Kabupaten Wajo sebelum berangkat.",
        # dined in the seat, by a verb of being received (verbs.RECEIVED): the government hosts
        "Peserta PKP Kabupaten Wajo studi lapangan ke Kabupaten Soppeng, Senin (6/5/2024). Rombongan dijamu di "
        "Sekretariat Daerah Kabupaten Soppeng oleh Sekda.",
    ],
)
def test_the_seat_received_in_or_a_gathering_point_is_no_unit_visited(text: str) -> None:
    assert lokus_of(text) == [[]]


# ------------------------------------------- a regional market enterprise by its short name
# "PD Pasar X" is "Perusahaan Daerah Pasar X", the enterprise that runs a region's markets, as "Perumda" and
# "Perusahaan Daerah" head such names: the unit visited is the whole name, not "Pasar X" (agencies.json heads).
# "PD" alone stays out: a party's short name ("Fraksi PD") and "perangkat daerah" are written so too.


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Komisi II DPRD Kabupaten Sumedang melakukan kunjungan kerja ke PD Pasar Jaya, Jakarta, Senin (4/3/2024), "
            "untuk belajar pengelolaan pasar tradisional.",
            [["PD Pasar Jaya"]],
        ),
        (
            "Rombongan Pemerintah Kabupaten Buton studi banding ke Kota Bandung, Rabu (6/3/2024). Di sana mereka "
            "mengunjungi PD Pasar Bermartabat.",
            [["PD Pasar Bermartabat"]],
        ),
        (
            "Komisi III DPRD Kota Tidore Kepulauan menyambangi PD Pasar Surya Kota Surabaya, Kamis (7/3/2024), untuk "
            "studi banding pengelolaan pasar.",
            [["PD Pasar Surya"]],
        ),
        (
            "Kunjungan kerja DPRD Kabupaten Lebak ke PD Pasar Tohaga Kabupaten Bogor berlangsung Selasa (5/3/2024).",
            [["PD Pasar Tohaga"]],
        ),
        # near-misses: a party's faction; markets named in the plural, lower case
        (
            "Komisi B DPRD Kabupaten Karawang studi banding ke DPRD Kota Depok, Senin (4/3/2024). Fraksi PD DPRD Kota "
            "Depok turut hadir.",
            [["DPRD"]],
        ),
        (
            "Komisi B DPRD Kabupaten Karawang studi banding ke Pemerintah Kota Depok, Senin (4/3/2024), soal penataan "
            "PD pasar-pasar tradisional.",
            [[]],
        ),
    ],
)
def test_a_regional_market_enterprise_by_its_short_name(text, want):
    assert lokus_of(text) == want


# ---------------------------------------------------------------- a study held "di" a unit of the place
# place_roles read "studi banding di X" as the place gone to only when X was the region itself or a council
# ("di DPRD Kabupaten X"); a study held at any unit of the place named before its region is told as one going
# "ke" it ("studi banding di BPBD Kabupaten Bantul", lg-16 bpbdbantul; "benchmarking di Pemerintah Kota Tangerang",
# "studi lapangan di Pemerintah Kota Bontang", "studi banding di BPBD kabupaten Barru": 9 articles of read and
# shared write the activity "di" a unit).


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Tim BPBD Kota Malang menggelar studi banding di BPBD Kabupaten Bantul, Kamis (5/3/2020).",
            "Kabupaten Bantul",
        ),
        (
            "Peserta PKA Angkatan II Kota Malang melaksanakan benchmarking di Dinas Komunikasi dan Informatika Kota"
            " Batu, Senin (2/3/2020).",
            "Kota Batu",
        ),
        (
            "Pengurus PKK Kabupaten Pacitan melakukan studi tiru di Badan Pendapatan Daerah Kabupaten Ponorogo.",
            "Kabupaten Ponorogo",
        ),
        (
            "Komisi C DPRD Kabupaten Blitar melakukan kunjungan kerja di RSUD Kabupaten Tulungagung, Rabu (4/3/2020).",
            "Kabupaten Tulungagung",
        ),
    ],
)
def test_a_study_held_at_a_unit_of_a_place_goes_to_that_place(text: str, place: str) -> None:
    assert destination_of(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        # a unit after "di" with no activity before it: where a report was handed in, no place gone to
        "Tim BPBD Kota Malang menggelar studi banding ke Kabupaten Bantul. Laporan studi banding diserahkan di Dinas"
        " Sosial Kota Malang.",
        # the activity's word far from the unit: the place gone to is the one "ke" names
        "Tim BPBD Kota Malang menggelar studi banding ke Kabupaten Bantul. Hasilnya dibahas bersama di Badan"
        " Perencanaan Kota Malang.",
    ],
)
def test_units_after_di_that_tell_no_place_gone_to(text: str) -> None:
    assert destination_of(text) == ["Kabupaten Bantul"]


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Kampar studi banding ke Pemerintah Kota Surabaya soal pelayanan perizinan. Ia datang bersama"
        " sejumlah kepala perangkat daerah, di antaranya dari Dinas Penanaman Modal dan Dinas Komunikasi dan"
        " Informatika. Rombongan diterima Sekda Surabaya.",
        "Komisi II DPRD Kabupaten Sumbawa melakukan kaji banding ke DPRD Kota Bogor. Mereka turut didampingi"
        " instansi teknis antara lain Dinas Perdagangan dan Badan Pendapatan Daerah.",
        "Pemkab Lebak belajar tata kelola digital ke Pemkab Banyuwangi. Sebanyak sepuluh perangkat daerah Lebak"
        " ikut terlibat, mulai dari Bappeda, Dinas Kesehatan, hingga Dinas Sosial.",
        "Pemerintah Kabupaten Jember studi tiru ke Pemerintah Kota Madiun soal pengelolaan sampah. Dinas"
        " Lingkungan Hidup dan Dinas Pekerjaan Umum Jember turut serta dalam rombongan.",
    ],
)
def test_units_that_come_along_with_the_group_are_not_visited(text: str) -> None:
    assert all(not any(u.startswith(("Dinas", "Badan", "Bappeda")) for u in units) for units in lokus_of(text)), (
        lokus_of(text)
    )


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the group comes along and goes on to a unit: a preposition of the trip stands between
        (
            "Bupati Kampar studi banding ke Kota Surabaya. Ia datang bersama rombongan ke Dinas Penanaman Modal"
            " dan Pelayanan Terpadu Satu Pintu untuk melihat layanan perizinan.",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        ),
        # the group goes to a unit, with no word of units coming along
        (
            "Komisi II DPRD Kabupaten Sumbawa melakukan kaji banding ke Kota Bogor dan mengunjungi Dinas"
            " Perdagangan untuk melihat pengelolaan pasar.",
            "Dinas Perdagangan",
        ),
    ],
)
def test_units_the_group_goes_to_stay_beside_coming_along(text: str, unit: str) -> None:
    assert unit in lokus_of(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Peserta PKA Angkatan II BPSDM Jawa Timur studi lapangan ke Polres Banyuwangi. Pertemuan itu juga"
        " dihadiri wakil instansi lain, yakni Dinas Sosial, Satpol PP dan Bawaslu.",
        "Komisi II DPRD Kabupaten Sumbawa kaji banding ke DPRD Kota Bogor. Turut hadir dalam pertemuan wakil"
        " sejumlah instansi, antara lain Dinas Perdagangan, Satpol PP dan Badan Pendapatan Daerah.",
        "Rombongan Pemkab Lebak studi tiru ke Pemkab Klaten. Hadir pula perwakilan beberapa instansi, yaitu"
        " Dinas Pariwisata, Dinas Sosial dan Bawaslu.",
        "Peserta PKP Angkatan I BPSDM Jawa Tengah studi lapangan ke Polres Magelang. Kegiatan itu juga"
        " dihadiri unsur instansi terkait, yakni Dinas Kesehatan, KPU dan Satpol PP.",
    ],
)
def test_units_attending_the_meeting_are_not_visited(text: str) -> None:
    assert all(not any(u.startswith(("Dinas", "Badan")) for u in units) for units in lokus_of(text)), lokus_of(text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the group went to the unit, told apart from who attended
        (
            "Komisi II DPRD Kabupaten Sumbawa kaji banding ke Dinas Perdagangan Kota Bogor untuk melihat"
            " pengelolaan pasar. Pertemuan itu dihadiri Kepala Dinas.",
            "Dinas Perdagangan",
        ),
        # an attendance word, and the trip's preposition before the unit
        (
            "Rombongan Pemkab Lebak yang dihadiri para camat berkunjung ke Dinas Pariwisata Kabupaten Klaten"
            " untuk belajar mengelola desa wisata.",
            "Dinas Pariwisata",
        ),
    ],
)
def test_a_unit_gone_to_stays_beside_attendance(text: str, unit: str) -> None:
    assert unit in lokus_of(text)[0]


# ------------------------------------------- a host village written with its address set off by commas


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Desa Ponggok, Kabupaten Klaten, menerima kunjungan studi banding kepala desa dari Kabupaten Polewali "
            "Mandar, Selasa (8/10/2019).",
            "Desa Ponggok",
        ),
        (
            "Desa Ponggok, Kecamatan Polanharjo, Kabupaten Klaten, kedatangan rombongan kepala desa dari Kabupaten "
            "Polewali Mandar untuk studi banding, Selasa (8/10/2019).",
            "Desa Ponggok",
        ),
        (
            "Kelurahan Tlogomas, Kota Malang, menerima kunjungan studi banding lurah dari Kota Kendari, Selasa "
            "(8/10/2019).",
            "Kelurahan Tlogomas",
        ),
        (
            "Pemerintah Desa Ponggok, Kabupaten Klaten, menerima kunjungan studi banding kepala desa dari Kabupaten "
            "Polewali Mandar, Selasa (8/10/2019).",
            "Desa Ponggok",
        ),
        (
            "Desa Ponggok, Kecamatan Polanharjo, Kabupaten Klaten dikunjungi puluhan kepala desa dari Kabupaten "
            "Polewali Mandar untuk studi banding, Selasa (8/10/2019).",
            "Desa Ponggok",
        ),
    ],
)
def test_a_village_with_its_regency_set_off_by_commas_then_receiving_is_the_unit_visited(text, unit):
    # "Desa A, Kabupaten B, menerima kunjungan …": the regency (or city, or province) after the village is the
    # next step of its address, as its kecamatan is, and the village is the host
    assert lokus_of(text) == [[unit]]


def test_an_address_then_no_word_of_receiving_makes_no_unit_visited():
    assert agencies.lokus_cue("", ", Kabupaten Klaten, mengirim 20 kepala desa untuk studi banding.") == 0
    assert agencies.lokus_cue("", ", Kota Malang, dan Kelurahan Oro-oro Dowo meraih penghargaan.") == 0


# the body a training is held by, named after a passive verb of holding ("PKA … yang diselenggarakan BPSDM X",
# "digelar oleh Pusdiklat Y", "yang dilaksanakan Balai Diklat Z"), organises the trip: it is no unit visited, even
# in a sentence with "lokus" ("Kabupaten A menjadi lokus studi lapangan PKA … yang diselenggarakan …")
@pytest.mark.parametrize(
    "text",
    [
        "Kabupaten Banyumas menjadi lokus studi lapangan peserta PKA Mahkamah Agung yang diselenggarakan Badan "
        "Strategi Kebijakan Hukum dan Peradilan, Kamis (25/7/2024).",
        "Kota Magelang menjadi lokus Studi Lapangan Pelatihan Kepemimpinan Pengawas (PKP) yang diselenggarakan "
        "oleh Pusdiklat Badan Strategi Kebijakan Hukum dan Peradilan, Rabu (3/7/2024).",
        "Kota Batu terpilih sebagai lokus benchmarking Diklatpim III yang digelar oleh Badan Kepegawaian Daerah "
        "Provinsi Bali, Selasa (9/4/2019).",
        "Kabupaten Sleman menjadi lokus kunjungan lapangan peserta PKP yang dilaksanakan Dinas Kesehatan Provinsi "
        "Jambi, Senin (8/5/2023).",
    ],
)
def test_the_body_a_training_is_held_by_is_no_unit_visited(text: str) -> None:
    assert all(units == [] for units in lokus_of(text))


# the units of the host named after a verb of holding with a preposition, or listed after the lokus, stay
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Peserta PKA BPSDM Provinsi Jambi melaksanakan studi lapangan ke Kabupaten Sleman, Senin (8/5/2023). "
            "Kegiatan itu diselenggarakan di Dinas Kesehatan Kabupaten Sleman.",
            "Dinas Kesehatan",
        ),
        (
            "Kabupaten Sleman menjadi lokus studi lapangan PKA yang diselenggarakan BPSDM Provinsi Jambi, Senin "
            "(8/5/2023). Lokus studi lapangan meliputi Dinas Kesehatan Kabupaten Sleman.",
            "Dinas Kesehatan",
        ),
    ],
)
def test_a_unit_after_held_at_or_in_the_lokus_list_stays(text: str, unit: str) -> None:
    assert any(unit in units for units in lokus_of(text))


# the body named right after a programme (its acronym, level or cohort between) is the programme's owner, the
# sender: no unit visited, though the sentence names the lokus ("lokus Studi Lapangan PKP Kementerian Keuangan")
@pytest.mark.parametrize(
    "text",
    [
        "Kota Magelang menjadi lokus Studi Lapangan PKP Kementerian Keuangan yang diselenggarakan oleh Badan "
        "Pendidikan dan Pelatihan Keuangan, Rabu (3/7/2024).",
        "Kabupaten Banyumas menjadi lokus studi lapangan peserta Pelatihan Kepemimpinan Administrator (PKA) "
        "Kementerian Agama, Kamis (25/7/2024).",
        "Kota Batu dipilih sebagai lokus benchmarking Diklatpim IV Angkatan XVIII Kementerian Hukum dan HAM, Selasa "
        "(9/4/2019).",
        "Kota Blitar menjadi lokus studi lapangan PKA Angkatan 5 Tahun 2023 Kementerian Desa, Senin (8/5/2023).",
    ],
)
def test_the_body_after_the_programme_is_its_owner_not_a_unit_visited(text: str) -> None:
    assert all(units == [] for units in lokus_of(text))


# the destination is the most precise region the report names for the place the group learned at (its host's
# units, the village or hall where it was received), not the province named after the trip word: "studi banding
# ke Provinsi A … Kegiatan itu dilaksanakan di Kabupaten B" went to B
@pytest.mark.parametrize(
    ("text", "regency"),
    [
        (
            "Sebanyak 25 kepala desa dari Kabupaten Sinjai melaksanakan studi banding ke Provinsi Bali, Selasa "
            "(12/3/2024). Kegiatan itu dilaksanakan di Kabupaten Gianyar. Rombongan mempelajari pengelolaan "
            "badan usaha milik desa.",
            "Kabupaten Gianyar",
        ),
        (
            "Peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II BPSDM Provinsi Jambi berangkat ke Jawa "
            "Tengah untuk studi lapangan pada 5 sampai 8 Juni 2024. Sebanyak 40 peserta belajar langsung di Dinas "
            "Kependudukan dan Pencatatan Sipil serta Mal Pelayanan Publik Kota Semarang.",
            "Kota Semarang",
        ),
        (
            "Panitia Khusus DPRD Kota Ternate melakukan studi banding ke Sulawesi Utara, Senin (2/9/2024). Pansus "
            "diterima di ruang rapat DPRD Kota Bitung dan berdiskusi tentang peraturan daerah retribusi pelabuhan.",
            "Kota Bitung",
        ),
        (
            "Dua puluh kepala desa dari Kabupaten Mamuju mengikuti studi banding ke Nusa Tenggara Barat pada 14 "
            "Agustus 2024. Rombongan belajar pengelolaan desa wisata di Desa Sade, Kecamatan Pujut, Kabupaten "
            "Lombok Tengah.",
            "Kabupaten Lombok Tengah",
        ),
        # (the group setting out for the province sets out for the city it learned at: one visit, not two)
        (
            "Sebanyak 20 camat di Kabupaten Wonogiri bertolak ke Lombok, Nusa Tenggara Barat, Selasa (4/6/2024). "
            "Para camat itu studi banding ke Pemerintah Kota Mataram untuk belajar pelayanan publik di kecamatan.",
            "Kota Mataram",
        ),
    ],
)
def test_the_destination_narrows_to_the_regency_where_the_group_learned(text: str, regency: str) -> None:
    assert destination_of(text) == [regency]


# ... an address of lodging or passage is no such place, nor is a town where the province's own body hosts, and two
# towns of the province leave it as it is
@pytest.mark.parametrize(
    "text",
    [
        "Komisi II DPRD Kabupaten Kapuas melakukan kunjungan kerja ke Provinsi Jawa Timur, Kamis (4/7/2024). "
        "Rombongan diterima oleh Sekretariat DPRD Provinsi Jawa Timur dan membahas pengawasan anggaran. Selama "
        "kegiatan, para anggota dewan menginap di sebuah hotel di Kota Surabaya.",
        "Sebanyak 30 ASN Pemerintah Kota Palu mengikuti studi tiru ke Jawa Timur, Rabu (6/11/2024). Rombongan tiba "
        "di Bandara Juanda, Kabupaten Sidoarjo, lalu menuju Dinas Komunikasi dan Informatika Provinsi Jawa Timur.",
    ],
)
def test_lodging_passage_or_a_provincial_host_leave_the_province(text: str) -> None:
    assert [v["destination"]["regency"] for v in visit_json_of(text)] == [None]


def test_two_towns_of_the_province_are_not_narrowed_to_one() -> None:
    text = (
        "Belasan kepala desa di Kabupaten Sumbawa menjalani studi tiru ke Bali pada 10-12 Mei 2024. Mereka "
        "mendatangi Desa Wisata Penglipuran di Kabupaten Bangli untuk melihat penataan kawasan adat. Hari "
        "berikutnya rombongan belajar pengelolaan sampah di Kabupaten Badung."
    )
    assert "Kabupaten Bangli" not in destination_of(text) or "Kabupaten Badung" in destination_of(text)


# a region's technical unit gone to, named by "UPT"/"UPTD" and its kind before the region ("ke UPT Puskesmas Kota
# A"), is a unit of the place visited, as "ke Dinas X Kota A" is: the region is where the group went
@pytest.mark.parametrize(
    ("text", "regency"),
    [
        (
            "Sebanyak 15 bidan dari Kabupaten Sumba Timur melakukan kunjungan ke UPT Puskesmas Kota Kupang, Senin "
            "(3/6/2024), untuk belajar layanan kesehatan ibu dan anak.",
            "Kota Kupang",
        ),
        (
            "Kelompok tani dari Kabupaten Lombok Timur bersama penyuluh Dinas Pertanian melakukan studi banding ke "
            "UPTD Balai Benih Kabupaten Jember, Rabu (10/7/2024).",
            "Kabupaten Jember",
        ),
        (
            "Para kepala sekolah dari Kota Tidore Kepulauan mendatangi UPTD Dinas Pendidikan Kota Ternate, Selasa "
            "(2/7/2024), untuk studi tiru pengelolaan dana sekolah.",
            "Kota Ternate",
        ),
        (
            "Petugas pemadam kebakaran Kabupaten Bone menjalani studi banding di UPT Damkar Kota Makassar pada 8 "
            "Agustus 2024 untuk belajar penanganan kebakaran gedung.",
            "Kota Makassar",
        ),
    ],
)
def test_a_technical_unit_gone_to_names_the_destination(text: str, regency: str) -> None:
    assert destination_of(text) == [regency]


# ... the travellers' own unit (the sender) and the unit that receives stay as they were
@pytest.mark.parametrize(
    ("text", "origin", "regency"),
    [
        (
            "Sebanyak 12 pegawai UPT Puskesmas Kabupaten Sikka melakukan studi banding ke Kota Kupang, Senin "
            "(3/6/2024), untuk belajar layanan kesehatan ibu dan anak.",
            "Kabupaten Sikka",
            "Kota Kupang",
        ),
        (
            "Kepala UPTD Dinas Pendidikan Kota Ternate menerima kunjungan para kepala sekolah dari Kota Tidore "
            "Kepulauan, Selasa (2/7/2024), yang datang untuk studi tiru.",
            "Kota Tidore Kepulauan",
            "Kota Ternate",
        ),
    ],
)
def test_a_technical_unit_that_sends_or_receives_keeps_its_role(text: str, origin: str, regency: str) -> None:
    assert [(v["origin"]["regency"], v["destination"]["regency"]) for v in visit_json_of(text)] == [(origin, regency)]


def test_the_top_hosts_own_province_told_as_a_stop_is_no_second_visit() -> None:
    text = (
        "Sebanyak 20 camat di Kabupaten Wonogiri studi banding ke Pemerintah Kota Mataram, Selasa (4/6/2024), untuk "
        "belajar pelayanan publik di kecamatan. Dari Bandara Adi Soemarmo, rombongan melanjutkan perjalanan ke Nusa "
        "Tenggara Barat dengan pesawat pagi."
    )
    assert destination_of(text) == ["Kota Mataram"]


def test_the_top_hosts_province_government_told_as_a_stop_is_a_second_visit() -> None:
    text = (
        "Sebanyak 20 camat di Kabupaten Wonogiri studi banding ke Pemerintah Kota Mataram, Selasa (4/6/2024), untuk "
        "belajar pelayanan publik di kecamatan. Setelah itu rombongan melanjutkan kunjungan ke Pemerintah Provinsi "
        "Nusa Tenggara Barat untuk belajar perizinan."
    )
    assert [v["destination"]["host"] for v in visit_json_of(text)] == [
        "Pemerintah Kota Mataram",
        "Pemerintah Provinsi Nusa Tenggara Barat",
    ]


# The giver of an award or a recognition the host won, named a few words after it ("meraih penghargaan inovasi
# dari Kementerian Dalam Negeri", "predikat WTP dari BPK"), is the host's fame, not a unit visited
# (agencies._AWARD_GIVER), even in a sentence with a word of visiting
@pytest.mark.parametrize(
    ("extra", "want"),
    [
        (
            "Kota Malang disebut telah dikunjungi puluhan daerah sejak meraih penghargaan inovasi dari Kementerian "
            "Dalam Negeri.",
            ["Dinas Kesehatan"],
        ),
        (
            "Dinas yang dikunjungi itu pernah mendapat predikat pelayanan prima dari Kementerian PANRB.",
            ["Dinas Kesehatan"],
        ),
        (
            "Tak heran banyak daerah mengunjungi Malang, yang tahun lalu menerima anugerah kota sehat oleh "
            "Kementerian Kesehatan.",
            ["Dinas Kesehatan"],
        ),
        (
            "Lokus ini dipilih karena meraih Award Inovasi Pelayanan Publik 2022 dari Kementerian Pendayagunaan "
            "Aparatur Negara.",
            ["Dinas Kesehatan"],
        ),
        # (near-miss: learning from a unit after the award is told, in a clause of its own)
        (
            "Untuk mengetahui kunci penghargaan itu, peserta juga belajar dari Dinas Pendidikan Kota Malang.",
            ["Dinas Kesehatan", "Dinas Pendidikan"],
        ),
        # (near-miss: an award named, the unit visited after it with no word of giving)
        (
            "Usai melihat deretan penghargaan, peserta mengunjungi Dinas Pendidikan Kota Malang.",
            ["Dinas Kesehatan", "Dinas Pendidikan"],
        ),
    ],
)
def test_the_giver_of_the_hosts_award_is_no_unit_visited(extra: str, want: list[str]) -> None:
    found = visits_of(
        "PKP Kapuas Benchmarking ke Kota Malang",
        "MALANG - Sebanyak 30 peserta PKP Angkatan III Kabupaten Kapuas melakukan benchmarking ke Pemerintah Kota "
        "Malang, Selasa (5/9/2023). Peserta belajar di Dinas Kesehatan Kota Malang. " + extra,
    )
    assert [v.host_agencies for v in found] == [want]


# The title of a prize, rank or contest the host won ("meraih Juara I Desa Wisata Terbaik", "menyandang predikat
# Badan Publik Informatif", "di ajang BUMDes Award Nasional", "penghargaan Top Pembina BUMD") is no body, though a
# unit's head stands in it (agencies.json "award_words"); a unit named after the title's comma still is
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Desa Sukamaju dipilih karena meraih Juara I Desa Wisata Terbaik Kategori Kuliner.", ["Desa Sukamaju"]),
        ("Dinas Kominfo itu dua kali menyandang predikat Badan Publik Informatif.", ["Dinas Kominfo"]),
        ("Pengelolanya tampil sebagai penerima Local Champion Award di ajang BUMDes Award Nasional.", []),
        ("Ia menerima penghargaan Top Pembina BUMD 2024 tahun lalu.", []),
        # (near-miss: the title closed by a comma, the village named after it)
        ("Setelah penghargaan Anugerah Desa Cantik, Desa Sukamaju jadi tujuan belajar.", ["Desa Sukamaju"]),
    ],
)
def test_a_units_name_inside_an_awards_title_is_no_unit(sentence: str, want: list[str]) -> None:
    assert [u.name for u in find_units(sentence)] == want


# a military command is written with its number and its name joined by a slash ("Korem 132/Tadulako", "Kodim
# 0615/Kuningan"): one unit's name, the words after the slash its own, though they name a place; a place after the
# whole name is still its trailing region
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Para pasis kemudian berkunjung ke Korem 101/Antasari.", ["Korem 101/Antasari"]),
        ("Rombongan diterima di Korem 073/Makutarama Salatiga.", ["Korem 073/Makutarama"]),
        (
            "Hari kedua peserta mendatangi Kodim 0712/Tegal dan Korem 071/Wijayakusuma.",
            ["Kodim 0712/Tegal", "Korem 071/Wijayakusuma"],
        ),
    ],
)
def test_a_commands_number_and_name_joined_by_a_slash(sentence: str, want: list[str]) -> None:
    assert [u.name for u in find_units(sentence)] == want


# a company is a body a group goes to (docs/schema.md, "Bodies, not sites"), its name headed by "PT"; the place
# after its head is part of its own name ("PT Pusri Palembang"), no trailing region to cut
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Peserta PKA juga berkunjung ke PT Semen Tonasa di Pangkep.", ["PT Semen Tonasa"]),
        (
            "Objek yang dikunjungi yaitu PT Pupuk Kaltim Bontang dan Dinas Pariwisata.",
            ["PT Pupuk Kaltim Bontang", "Dinas Pariwisata"],
        ),
        ("Rombongan meninjau PT. Petrokimia Gresik.", ["PT. Petrokimia Gresik"]),
    ],
)
def test_a_company_is_a_unit_its_place_its_own(sentence: str, want: list[str]) -> None:
    assert [u.name for u in find_units(sentence)] == want


# the correctional units as a class ("sejumlah UPT Pemasyarakatan", "Unit Pelaksana Teknis Pemasyarakatan") name no
# unit: the units follow by their own names
def test_the_correctional_units_as_a_class_are_no_unit() -> None:
    sentence = (
        "Rutan Kelas IIB Sragen studi banding ke sejumlah UPT Pemasyarakatan di Semarang, yakni Lapas Perempuan "
        "Semarang, dan Rutan Kelas I Semarang."
    )
    assert [u.name for u in find_units(sentence)] == ["Rutan Kelas IIB", "Lapas Perempuan", "Rutan Kelas I"]
    assert find_units("Kunjungan ke Unit Pelaksana Teknis Pemasyarakatan itu berlangsung sehari.") == []


# a list opened right after a counted group of people ("tujuh pejabat …, di antaranya …", "dari 12 kepala desa
# itu, empat di antaranya …") names the group's members, the travellers' own offices and villages, not units
# visited; a list after a verb of receiving (the host's people) or of visiting (the places) still is
@pytest.mark.parametrize(
    ("extra", "want"),
    [
        ("Dari 12 kepala desa itu, empat di antaranya adalah Desa Moyo, Desa Labuhan dan Desa Lape.", []),
        ("Sebanyak 15 pegawai ikut dalam rombongan, antara lain dari Bappeda dan Dinas Pariwisata.", []),
        (
            "Delapan orang pejabat perangkat daerah terkait, di antaranya Sekretariat Daerah, Bappeda dan Dinas "
            "Koperasi, ikut dalam kunjungan itu.",
            [],
        ),
        ("Dalam rombongan itu ada sembilan pegawai, di antaranya dari Inspektorat dan Dinas Sosial.", []),
        # near-misses: the host's people who received the group, and the places a counted group went to
        (
            "Rombongan diterima lima pejabat, antara lain dari Dinas Koperasi dan Bappeda.",
            ["Dinas Koperasi", "Bappeda"],
        ),
        (
            "Sebanyak 30 peserta juga mengunjungi tiga unit lain, yakni Dinas Koperasi, Bappeda dan Inspektorat.",
            ["Dinas Koperasi", "Bappeda", "Inspektorat"],
        ),
    ],
)
def test_a_list_of_the_groups_members_names_no_unit_visited(extra: str, want: list[str]) -> None:
    found = visits_of(
        "Pemkab Sumbawa Studi Tiru ke Kota Surakarta",
        "SURAKARTA - Pemerintah Kabupaten Sumbawa melakukan studi tiru ke Dinas Perdagangan Kota Surakarta, "
        "Kamis (14/3/2024). " + extra,
    )
    assert [v.host_agencies for v in found] == [["Dinas Perdagangan", *want]]


# a colon closes a unit's name: what follows it is a label's content or a clause of its own ("Digitalisasi
# Desa: Mempelajari …", "Sesi di Bappeda: Membahas …"), never more words of the name
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kunjungan ke Dinas Sosial: Belajar pengelolaan data.", ["Dinas Sosial"]),
        ("Sesi pertama di Bappeda: Membahas perencanaan.", ["Bappeda"]),
        ("Materi Pemerintahan Desa: Menelusuri tata kelola.", []),
        ("Hari kedua di Dinas Pariwisata: Menyusuri Kawasan Wisata.", ["Dinas Pariwisata"]),
        # near-misses: a name without a colon runs on over its commas and "dan"
        ("Rombongan ke Dinas Koperasi, UKM dan Perdagangan.", ["Dinas Koperasi, UKM dan Perdagangan"]),
        ("Rombongan ke Desa Sukamaju, lalu ke Badan Pendapatan Daerah.", ["Desa Sukamaju", "Badan Pendapatan Daerah"]),
    ],
)
def test_a_colon_closes_a_units_name(text: str, names: list[str]) -> None:
    assert [u.name for u in agencies.find_units(text)] == names


# a village's own name may open with a regency's name of another province ("Desa Malang Sari" in Bali): the
# name goes on after the place, so the place is part of it, no region making the unit the sender's own; a
# region of another province written at a unit's end, or with its kind, still is
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Kades Bengkulu Utara Studi Banding",
            "BANDAR LAMPUNG - Perangkat desa se-Kabupaten Bengkulu Utara studi banding ke Desa Blitar Jaya, "
            "Kabupaten Lampung Selatan, Rabu (6/3/2024).",
            ["Desa Blitar Jaya"],
        ),
        (
            "Kades Muna Studi Tiru",
            "MATARAM - Rombongan kepala desa dari Kabupaten Muna melakukan studi tiru ke Desa Garut Indah, "
            "Kabupaten Lombok Tengah, Nusa Tenggara Barat, Kamis (7/3/2024).",
            ["Desa Garut Indah"],
        ),
        (
            "Camat Buol Studi Tiru",
            "PALU - Camat se-Kabupaten Buol berkunjung ke Kelurahan Sragen Baru, Kota Palu, Sulawesi Tengah, "
            "Jumat (8/3/2024).",
            ["Kelurahan Sragen Baru"],
        ),
        (
            "Kades Lombok Barat Studi Tiru",
            "MATARAM - Sebanyak 30 kepala desa se-Kabupaten Lombok Barat studi tiru ke Desa Tuban Sari, "
            "Kabupaten Lombok Timur, Selasa (5/3/2024).",
            ["Desa Tuban Sari"],
        ),
        # near-misses: the sender's unit, its region of another province at the name's end or with its kind
        (
            "Studi Banding Pariwisata",
            "DENPASAR - Dinas Pariwisata Kabupaten Malang melakukan studi banding ke Dinas Pariwisata Kabupaten "
            "Badung, Bali, Senin (4/3/2024). Rombongan juga membawa staf Bappeda Malang.",
            ["Dinas Pariwisata"],
        ),
        (
            "Studi Banding Kominfo",
            "DENPASAR - Diskominfo Kota Blitar studi banding ke Dinas Kominfo Kota Denpasar, Senin (4/3/2024). "
            "Mereka didampingi Bagian Hukum Setda Blitar.",
            ["Dinas Kominfo"],
        ),
    ],
)
def test_a_place_opening_a_villages_own_name_is_no_region(title: str, text: str, want: list[str]) -> None:
    assert [v.host_agencies for v in visits_of(title, text)] == [want]


# a report writes a unit in full once with its short form in brackets, and by that short form alone elsewhere:
# the short form, whatever letters it takes from the name, is the same unit (the full name kept)
@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (
            ["Bappeda", "Badan Perencanaan Pembangunan Daerah (Bappeda)"],
            ["Badan Perencanaan Pembangunan Daerah (Bappeda)"],
        ),
        (
            ["Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)", "Disdukcapil"],
            ["Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)"],
        ),
        (
            ["Dispermades", "Dinas Pemberdayaan Masyarakat dan Desa (Dispermades)"],
            ["Dinas Pemberdayaan Masyarakat dan Desa (Dispermades)"],
        ),
        (["Badan Kesatuan Bangsa (Kesbang)", "Kesbang"], ["Badan Kesatuan Bangsa (Kesbang)"]),
        # near-misses: another unit's short form, and a short form that only opens the bracketed one
        (
            ["Bapenda", "Badan Pengelolaan Keuangan (BPKAD)"],
            ["Bapenda", "Badan Pengelolaan Keuangan (BPKAD)"],
        ),
        (["Dinkes", "Dinas Kesehatan Hewan (Dinkeswan)"], ["Dinkes", "Dinas Kesehatan Hewan (Dinkeswan)"]),
    ],
)
def test_a_unit_and_its_bracketed_short_form_alone_are_one(names: list[str], kept: list[str]) -> None:
    assert agencies.unique_units(names) == kept


# the host's council named through an official escorting the one who receives ("Bupati A didampingi Wakil Ketua
# DPRD A", "ditemani Sekretaris DPRD B") attends the reception: the region's government hosts the travelling
# council, no council is visited; the council's own official receiving the group is its council visited
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "DPRD Ngawi Kunker ke Sleman",
            "SLEMAN - Komisi A DPRD Kabupaten Ngawi melakukan kunjungan kerja ke Kabupaten Sleman, Selasa (5/3/2024). "
            "Rombongan disambut Bupati Sleman yang didampingi Wakil Ketua DPRD Sleman, Budi Santoso, di ruang rapat "
            "bupati.",
            [],
        ),
        (
            "Kaji Banding DPRD Kupang",
            "BANTUL - Anggota DPRD Kabupaten Kupang kaji banding ke Kabupaten Bantul, Rabu (6/3/2024). Wakil Bupati "
            "Bantul menerima rombongan di aula Pemkab Bantul, ditemani Sekretaris DPRD Kabupaten Bantul, Agus Riyadi.",
            [],
        ),
        (
            "Studi Banding DPRD Sumba",
            "GIANYAR - Pansus II DPRD Kabupaten Sumba Timur studi banding ke Kabupaten Gianyar, Kamis (7/3/2024). "
            "Dalam pertemuan itu Sekda Gianyar didampingi oleh anggota DPRD Gianyar, Made Sukarta, serta para kepala "
            "OPD.",
            [],
        ),
        (
            "Kunker DPRD Luwu",
            "BANTAENG - Komisi III DPRD Kabupaten Luwu kunjungan kerja ke Kabupaten Bantaeng, Senin (4/3/2024). "
            "Bupati Bantaeng, didampingi Ketua Komisi B DPRD Bantaeng, menerima rombongan di rumah jabatan.",
            [],
        ),
        # near-misses: the host's council receiving, its own secretary escorting its chair
        (
            "DPRD Ngawi ke DPRD Sleman",
            "SLEMAN - Komisi A DPRD Kabupaten Ngawi melakukan kunjungan kerja ke Kabupaten Sleman, Selasa (5/3/2024). "
            "Rombongan disambut Wakil Ketua DPRD Sleman, Budi Santoso, di ruang rapat dewan.",
            ["DPRD"],
        ),
        (
            "DPRD Kupang ke DPRD Bantul",
            "BANTUL - Anggota DPRD Kabupaten Kupang kaji banding ke Kabupaten Bantul, Rabu (6/3/2024). Ketua DPRD "
            "Bantul didampingi Sekretaris DPRD Bantul menerima rombongan di ruang paripurna.",
            ["DPRD"],
        ),
    ],
)
def test_the_hosts_council_escorting_the_receiver_is_no_unit_visited(title: str, text: str, want: list[str]) -> None:
    assert [v.host_agencies for v in visits_of(title, text)] == [want]


# a school is a body a group goes to (schema "Bodies, not sites"): written with its level and number, "SMAN 3
# A" as "SMA Negeri 3 A"; the travelling school itself ("rombongan SMPN 4 B") and a level without a number
# ("SD Al Hikmah") are no unit visited
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Guru SMPN 4 Wates Studi Tiru",
            "MAGELANG - Sebanyak 25 guru SMP Negeri 4 Wates melakukan studi tiru ke SMP Negeri 2 Mertoyudan, "
            "Kabupaten Magelang, Kamis (14/3/2024). Rombongan SMPN 4 Wates disambut kepala sekolah.",
            ["SMP Negeri 2 Mertoyudan"],
        ),
        (
            "Kepala Sekolah Belajar Adiwiyata",
            "BOGOR - Rombongan kepala sekolah dari Kabupaten Cianjur studi banding ke SMAN 5 Bogor, Rabu "
            "(6/3/2024). Kepala SMAN 5 Bogor menerima rombongan di aula sekolah.",
            ["SMAN 5"],
        ),
        # near-misses: the travelling school named again at the end, a level without a number
        (
            "SMKN 2 Tegal ke Semarang",
            "SEMARANG - Rombongan SMKN 2 Tegal studi tiru ke SMK Negeri 7 Semarang, Selasa (5/3/2024). Menurut "
            "kepala sekolah, program itu belum ada di SMK 2 Tegal.",
            ["SMK Negeri 7"],
        ),
        (
            "Guru Blora ke Yogya",
            "YOGYAKARTA - Sebanyak 20 guru dari Kabupaten Blora studi banding ke SD Al Hikmah Yogyakarta, Senin "
            "(4/3/2024).",
            [],
        ),
    ],
)
def test_a_numbered_school_is_a_unit_visited(title: str, text: str, want: list[str]) -> None:
    assert [v.host_agencies for v in visits_of(title, text)] == [want]


@pytest.mark.parametrize(
    ("text", "lokus"),
    [
        (
            "Peserta Pelatihan Kepemimpinan Administrator Angkatan II Kabupaten Lebak melakukan studi lapangan ke Kota "
            "Batu, Jawa Timur, Senin (6/5/2024). Berdasarkan rekomendasi Dinas Pariwisata, rombongan mengunjungi Desa "
            "Wisata Pujon Kidul.",
            [["Desa Wisata Pujon Kidul"]],
        ),
        (
            "Peserta Pelatihan Kepemimpinan Administrator Angkatan II Kabupaten Lebak melakukan studi lapangan ke "
            "Kabupaten Gresik, Senin (6/5/2024). Sesuai arahan Dinas Pertanian, lokus studi lapangan peserta adalah "
            "sawah di sejumlah desa di Kecamatan Dukun, antara lain Desa Sambogunung.",
            [["Desa Sambogunung"]],
        ),
        (
            "Komisi I DPRD Kabupaten Lebak melakukan kunjungan kerja ke Diskominfo Kota Batu, Senin (6/5/2024). Kepala "
            "Diskominfo menjelaskan program prioritas, di antaranya Satu Data dan Desa Digital; desa sasarannya sudah "
            "ditetapkan oleh Dinas Pemberdayaan Masyarakat dan Desa.",
            [["Diskominfo"]],
        ),
        # near-misses: a body that receives the group, or a list of units the organisers chose, is visited
        (
            "Komisi I DPRD Kabupaten Lebak melakukan kunjungan kerja ke Kota Batu, Senin (6/5/2024). Rombongan "
            "diterima oleh Dinas Kominfo Kota Batu.",
            [["Dinas Kominfo"]],
        ),
        (
            "Peserta PKA melakukan studi lapangan ke Kota Batu, Senin (6/5/2024). Lokus ditetapkan oleh panitia, "
            "yaitu Dinas Kesehatan dan Dinas Pariwisata.",
            [["Dinas Kesehatan", "Dinas Pariwisata"]],
        ),
    ],
)
def test_a_body_whose_advice_or_decision_is_told_is_no_unit_visited(text, lokus):
    assert lokus_of(text) == lokus


@pytest.mark.parametrize(
    ("text", "lokus"),
    [
        (
            "Rombongan Bappeda Kabupaten Lebak melakukan studi banding di Kota Batu, Kamis (30/1/2024). Rombongan "
            "disambut sendiri oleh Kepala Bappeda Kota Batu, Andi.",
            [["Bappeda"]],
        ),
        (
            "Rombongan Dinas Kominfo Kabupaten Lebak melakukan studi banding di Kota Batu, Kamis (30/1/2024). "
            "Rombongan diterima dengan hangat oleh Sekretaris Dinas Perpustakaan Kota Batu, Andi.",
            [["Dinas Perpustakaan"]],
        ),
        (
            "Rombongan Dinas Kominfo Kabupaten Lebak melakukan studi banding di Kota Batu, Kamis (30/1/2024). "
            "Rombongan disambut secara langsung oleh Camat Junrejo, Andi, di kantornya.",
            [["Kecamatan Junrejo"]],
        ),
        (
            "Rombongan Dinas Kominfo Kabupaten Lebak melakukan studi banding di Kota Batu, Kamis (30/1/2024). Mereka "
            "diterima dengan baik oleh Dinas Perpustakaan Kota Batu.",
            [["Dinas Perpustakaan"]],
        ),
        # near-miss: the region's head receiving warmly names no unit
        (
            "Rombongan Dinas Kominfo Kabupaten Lebak melakukan studi banding di Kota Batu, Kamis (30/1/2024). "
            "Rombongan disambut sendiri oleh Wali Kota Batu, Andi.",
            [[]],
        ),
    ],
)
def test_the_manner_of_receiving_between_the_verb_and_its_agent_keeps_the_unit(text, lokus):
    assert lokus_of(text) == lokus


# the passive verb of receiving takes its agent right after it as often as with "oleh": "Kunjungan A diterima
# Dinas B Kota C", "rombongan disambut Bappeda D", "dijamu Badan E": the unit that receives is the unit visited
@pytest.mark.parametrize(
    ("text", "lokus"),
    [
        (
            "Kunjungan Dinas Perhubungan Kabupaten Kampar diterima Dinas Perhubungan Kabupaten Sleman,"
            " Senin (4/3/2024), untuk studi banding parkir elektronik.",
            ["Dinas Perhubungan"],
        ),
        (
            "Anggota DPRD Kabupaten Agam studi banding ke Kabupaten Malang, Senin (4/3/2024). Rombongan"
            " disambut Badan Pendapatan Daerah Kabupaten Malang di ruang rapatnya.",
            ["Badan Pendapatan Daerah"],
        ),
        (
            "Rombongan Bappeda Kota Bima yang studi tiru ke Kabupaten Banyuwangi, Selasa (5/3/2024), dijamu"
            " hangat Dinas Komunikasi dan Informatika Kabupaten Banyuwangi.",
            ["Dinas Komunikasi dan Informatika"],
        ),
        (
            "Para pegawai Dinas Sosial Kota Padang yang kaji banding ke Kota Surabaya, Rabu (6/3/2024),"
            " diterima langsung Dinas Sosial Kota Surabaya.",
            ["Dinas Sosial"],
        ),
    ],
)
def test_a_unit_named_right_after_a_passive_verb_of_receiving_is_visited(text, lokus):
    assert [e.visit.host_agencies for e in extract_text(text)] == [lokus]


# near misses: the reporter meeting an official ("saat ditemui …"), a hall received in ("diterima di Aula …"),
# a letter received by the sender's own office
@pytest.mark.parametrize(
    "text",
    [
        "Anggota DPRD Kabupaten Agam studi banding ke Kabupaten Malang, Senin (4/3/2024). Hal itu disampaikan"
        " ketua rombongan saat ditemui Bagian Humas DPRD Agam sepulang dari sana.",
        "Anggota DPRD Kabupaten Agam studi banding ke Kabupaten Malang, Senin (4/3/2024). Rombongan diterima"
        " di Aula Badan Kepegawaian Daerah Kabupaten Malang.",
    ],
)
def test_no_unit_visited_from_a_reporters_meeting_or_a_hall(text):
    assert [e.visit.host_agencies for e in extract_text(text)] == [[]]


# a unit written after "melalui" is the means a government acts through ("Pemkot A melalui Bappeda sudah menyusun
# rencana aksi, antara lain …", "pendekatan kepada warga, antara lain melalui Dinas Sosial"): a body talked about,
# no unit the group went to, in a sentence with a word of listing as elsewhere
@pytest.mark.parametrize(
    "tail",
    [
        "Ia menambahkan, Pemkot Kendari melalui Bappeda sudah menyusun rencana aksi, antara lain penataan pesisir.",
        "Pemkot pun mendukung program kepolisian, antara lain pendekatan kepada warga melalui Badan Kesatuan"
        " Bangsa dan Politik.",
        "Wali kota menyebut pihaknya, melalui Dinas Sosial, telah menyalurkan bantuan, di antaranya sembako.",
        "Ke depan, Pemkab Agam akan membenahi layanannya melalui Badan Kepegawaian Daerah, antara lain lewat aplikasi.",
    ],
)
def test_a_unit_a_government_acts_through_is_no_unit_visited(tail):
    text = "Anggota DPRD Kabupaten Agam studi banding ke Kota Kendari, Senin (4/3/2024). " + tail
    assert [e.visit.host_agencies for e in extract_text(text)] == [[]]


# ... but the unit a host receives the group through is visited, as is a listed unit "ke" after a "melalui" clause
@pytest.mark.parametrize(
    ("tail", "lokus"),
    [
        (
            "Rombongan diterima dengan baik oleh Pemerintah Kota Kendari melalui Badan Perencanaan Pembangunan"
            " Daerah Kota Kendari.",
            ["Badan Perencanaan Pembangunan Daerah"],
        ),
        (
            "Melalui kunjungan itu, rombongan mendatangi sejumlah unit, antara lain Dinas Sosial dan Badan"
            " Kepegawaian Daerah.",
            ["Dinas Sosial", "Badan Kepegawaian Daerah"],
        ),
    ],
)
def test_a_unit_received_through_or_listed_after_melalui_stays(tail, lokus):
    text = "Anggota DPRD Kabupaten Agam studi banding ke Kota Kendari, Senin (4/3/2024). " + tail
    assert [e.visit.host_agencies for e in extract_text(text)] == [lokus]


# ---------------------------------------------------------------- a council visited, in full with its short form
# "A council that receives the visit stays ["DPRD"] however it is written" (docs/schema.md): the council gone to
# in full, its short form in brackets and its region after ("ke Dewan Perwakilan Rakyat Daerah (DPRD) Kota A"),
# is the unit visited as "ke DPRD Kota A" is; the sender's council written so stays no unit visited.


@pytest.mark.parametrize(
    "text",
    [
        "SAMARINDA - Komisi II DPRD Kabupaten Jember melakukan studi banding ke Dewan Perwakilan Rakyat Daerah "
        "(DPRD) Kota Samarinda, Senin (3/6/2024).",
        "KENDARI - Badan Musyawarah DPRD Provinsi Jambi bertandang ke kantor Dewan Perwakilan Rakyat Daerah (DPRD) "
        "Provinsi Sulawesi Tenggara untuk studi banding, Selasa (4/6/2024).",
        "PALU - Pansus III DPRD Kota Bitung melaksanakan studi banding ke Dewan Perwakilan Rakyat Daerah (DPRD) "
        "Kabupaten Sigi, Rabu (5/6/2024).",
        "SORONG - Komisi A DPRD Kabupaten Sleman menyambangi Dewan Perwakilan Rakyat Daerah (DPRD) Kota Sorong "
        "dalam rangka studi komparasi, Kamis (6/6/2024).",
    ],
)
def test_a_council_gone_to_in_full_with_its_short_form_is_the_unit_visited(text: str) -> None:
    assert lokus_of(text) == [["DPRD"]]


def test_the_senders_council_in_full_with_its_short_form_stays_no_unit_visited() -> None:
    text = (
        "SAMARINDA - Komisi II DPRD Kabupaten Jember melakukan studi banding ke Kota Samarinda, Senin (3/6/2024). "
        "Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Jember memimpin rombongan."
    )
    assert lokus_of(text) == [[]]


# docs/schema.md, host_agencies: "a kecamatan, village or kelurahan ('Pemerintah Desa Ponggok' hosting gives
# ['Desa Ponggok'])": the village government's short form, "Pemdes X", names the village too.
@pytest.mark.parametrize(
    ("text", "village"),
    [
        (
            "GARUT - Pemdes Cibunar, Kecamatan Tarogong, Kabupaten Garut, menerima studi banding para kepala desa "
            "dari Kabupaten Tasikmalaya, Kamis (4/7/2024).",
            "Desa Cibunar",
        ),
        (
            "WONOSOBO - Perangkat desa se-Kabupaten Temanggung melakukan studi tiru ke Pemdes Kalibening, "
            "Kabupaten Wonosobo, Jumat (5/7/2024), untuk belajar pengelolaan air bersih.",
            "Desa Kalibening",
        ),
    ],
)
def test_a_village_named_by_its_pemdes_is_the_village(text: str, village: str) -> None:
    assert [v.host_agencies for v in visits_of(text)] == [[village]]


# docs/schema.md, "A name written in full and short": "A unit the article writes in full with its short form in
# brackets, and elsewhere short, is kept as the full form with the bracket, as first written." A unit written once
# by its full name (its grade, its own name after its kind) and elsewhere cut short (its kind alone, its acronym
# with the grade) is one unit, kept by the fuller name.
@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "KENDAL - Jajaran Rutan Kelas IIB Batang melaksanakan studi tiru ke Lapas Terbuka Kelas IIB Kendal, "
            "Senin (8/7/2024). Rombongan diterima langsung pejabat Lapas di aula.",
            ["Lapas Terbuka Kelas IIB"],
        ),
        (
            "BOGOR - Direksi Perumda Air Minum Kota Palu berkunjung ke PDAM Tirta Mulia, Selasa (9/7/2024). "
            "Mereka belajar tata kelola pelanggan di PDAM tersebut.",
            ["PDAM Tirta Mulia"],
        ),
        (
            "NGAWI - Pejabat struktural Rutan Kelas I Kediri melakukan studi tiru ke Lembaga Pemasyarakatan (Lapas) "
            "Kelas IIA Ngawi, Rabu (10/7/2024). Selama di Lapas Kelas IIA Ngawi rombongan melihat bengkel kerja "
            "warga binaan.",
            ["Lembaga Pemasyarakatan (Lapas) Kelas IIA"],
        ),
        (
            "BALIKPAPAN - Peserta Pelatihan Kepemimpinan Administrator melakukan visitasi ke Museum Kodam VI, Kamis "
            "(11/7/2024). Di Museum Kodam peserta melihat koleksi senjata.",
            ["Museum Kodam VI"],
        ),
    ],
)
def test_a_unit_written_in_full_and_cut_short_is_one_unit(text: str, units: list[str]) -> None:
    assert lokus_of(text) == [units]


# near-miss: two units of one kind, each with a name of its own, stay two
@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "SLEMAN - Komisi C DPRD Kabupaten Bantul melakukan studi banding ke SMP Negeri 1 Depok dan SMP Negeri 12 "
            "Depok, Jumat (12/7/2024).",
            ["SMP Negeri 1", "SMP Negeri 12"],
        ),
    ],
)
def test_units_of_one_kind_with_names_of_their_own_stay_two(text: str, units: list[str]) -> None:
    assert lokus_of(text) == [units]


# near-misses of the list itself: a region or a person's name run on into the longer name is no fuller name of the
# unit, and two numbers make two units (both names stay as found)
@pytest.mark.parametrize(
    "names",
    [
        ["Bappeda", "Bappeda Jatim"],
        ["Dinas Pariwisata", "Dinas Pariwisata Kabupaten Sleman"],
        ["Desa Madiredo", "Desa Madiredo H Abdul Ghani"],
        ["SMP Negeri 1", "SMP Negeri 12"],
    ],
)
def test_a_region_or_a_person_run_on_is_no_fuller_name(names: list[str]) -> None:
    assert host_step._without_short_forms(names) == names


# a regional office of a national body hosting, its place told only in its name: the province that place is in is
# the destination's, no regency; the name loses the place as before (docs/schema.md, "A regional office of a
# national body")
@pytest.mark.parametrize(
    ("text", "units", "province"),
    [
        (
            "Jajaran Rutan Kelas IIB Sumedang menggelar studi tiru ke Lapas Kelas IIA Garut, Selasa (4/6/2024). "
            "Rombongan diterima Kalapas di aula.",
            ["Lapas Kelas IIA"],
            "Jawa Barat",
        ),
        (
            "Untuk belajar pelayanan tahanan, 40 taruna Poltekip berkunjung ke Rutan Kelas I Makassar pada Jumat "
            "(12/7/2024).",
            ["Rutan Kelas I"],
            "Sulawesi Selatan",
        ),
        (
            "Para penghulu dari Kemenag Kota Tangerang Selatan melakukan studi banding ke KUA Kecamatan Sidoarjo, "
            "Selasa (10/5/2022), untuk mempelajari layanan nikah.",
            ["KUA"],
            "Jawa Timur",
        ),
        (
            "Jajaran Lapas Kelas IIB Kendal melakukan kunjungan kerja ke Lapas Narkotika Kelas IIA Bangli pada Kamis "
            "(6/6/2024) untuk belajar pembinaan.",
            ["Lapas Narkotika Kelas IIA"],
            "Bali",
        ),
        (
            "Sebanyak 20 pegawai Rutan Kelas IIB Batang belajar layanan kunjungan di Rutan Kelas I Surakarta, Senin "
            "(3/6/2024).",
            ["Rutan Kelas I"],
            "Jawa Tengah",
        ),
    ],
)
def test_a_regional_office_hosting_gives_the_destinations_province(text: str, units: list[str], province: str) -> None:
    assert [(v.host_agencies, v.destination.province, v.destination.regency) for v in visits_of(text)] == [
        (units, province, None)
    ]


# near-misses: a regency's own body hosting keeps its regency; an office with no place anywhere gives none; an office
# that sends is the origin as before
def test_a_regencys_own_body_hosting_is_unchanged() -> None:
    (visit,) = visits_of(
        "Peserta PKA Angkatan II BPSDM Jawa Timur studi lapangan ke Dinas Sosial Kabupaten Sleman, Senin (3/7/2023)."
    )
    assert visit.host_agencies == ["Dinas Sosial"]
    assert (visit.destination.province, visit.destination.regency) == ("DI Yogyakarta", "Kabupaten Sleman")


def test_an_office_with_no_place_gives_no_province() -> None:
    (visit,) = visits_of(
        "Sebanyak 15 peserta Sespimmen Polri melaksanakan Kuliah Kerja Profesi, Kamis (6/6/2024). Kunjungan "
        "dilaksanakan di Polres."
    )
    assert (visit.host_agencies, visit.destination.province) == (["Polres"], None)


def test_a_regional_office_sending_is_unchanged() -> None:
    (visit,) = visits_of(
        "Jajaran Lapas Kelas IIA Garut melakukan studi tiru ke Dinas Kependudukan dan Pencatatan Sipil Kabupaten "
        "Sumedang, Selasa (4/6/2024)."
    )
    assert (visit.origin.institution, visit.origin.province) == ("Lapas Kelas IIA Garut", None)
    assert visit.host_agencies == ["Dinas Kependudukan dan Pencatatan Sipil"]
    assert (visit.destination.province, visit.destination.regency) == ("Jawa Barat", "Kabupaten Sumedang")


# near-miss: a name run into a place of two words ("Lapas Pulau" + "Padang") tells no province
def test_a_name_run_into_a_place_gives_no_province() -> None:
    (visit,) = visits_of(
        "Pegawai Rutan Kelas IIB Batang studi tiru ke Lapas Pulau Padang, Rabu (8/5/2024), untuk belajar pembinaan."
    )
    assert (visit.host_agencies, visit.destination.province) == (["Lapas Pulau"], None)


# a village written once with the word of its class ("Desa Wisata A") and elsewhere bare ("Desa A") is one
# village, kept as first written; a compass word after the name makes another village
@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Sebanyak 20 kepala desa dari Kabupaten Sragen melakukan studi tiru ke Desa Wisata Karangrejo, "
            "Kabupaten Magelang, Selasa (4/6/2024). Menurut salah satu peserta, kunjungan ke Desa Karangrejo "
            "membuka wawasan mereka.",
            ["Desa Wisata Karangrejo"],
        ),
        (
            "Sebanyak 20 kepala desa dari Kabupaten Sragen melakukan studi tiru ke Desa Karangrejo, Kabupaten "
            "Magelang, Selasa (4/6/2024). Rombongan lalu berkeliling ke Desa Wisata Karangrejo bersama pengelolanya.",
            ["Desa Karangrejo"],
        ),
    ],
)
def test_a_village_with_and_without_its_class_word_is_one(text: str, units: list[str]) -> None:
    assert lokus_of(text) == [units]


# a headline in title case runs on after a unit's name; its words (Dari, Asal, Lewat, Lainnya …) are no part of it
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Camat Cibeber Belajar ke Kelurahan Sukamaju Lewat Studi Banding", ["Kelurahan Sukamaju"]),
        ("Kepala Desa Asal Garut Kunjungi Desa Mekarsari Dari Kabupaten Bandung", ["Desa Mekarsari"]),
        ("Desa Cibodas dan 9 Desa Lainnya Belajar Pengelolaan Sampah", ["Desa Cibodas"]),
    ],
)
def test_a_headlines_words_end_a_units_name(text: str, names: list[str]) -> None:
    assert [u.name for u in find_units(text)] == names


# a unit written first with its grade ("Lapas Kelas IIB A") and after by its place alone ("Lapas A") is kept by its
# full name, the grade with it; written first without it, it stays as first written; "Lapas IIB A" is the same unit
@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Lapas Kelas IIB Wonosari dikenal dengan program pembinaannya. Sebanyak 20 pegawai Rutan Kebumen studi "
            "tiru ke Lapas Wonosari, Kamis (6/6/2024).",
            ["Lapas Kelas IIB"],
        ),
        (
            "Sebanyak 20 pegawai Rutan Kebumen studi tiru ke Lapas Wonosari, Kamis (6/6/2024). Rombongan disambut "
            "Kepala Lapas Kelas IIB Wonosari di aula.",
            ["Lapas"],
        ),
        (
            "Sebanyak 20 pegawai Rutan Kebumen studi tiru ke Lapas Kelas IIB Wonosari, Kamis (6/6/2024). Rombongan "
            "lalu berkeliling ke Lapas IIB Wonosari bagian dapur.",
            ["Lapas Kelas IIB"],
        ),
    ],
)
def test_a_unit_first_written_with_its_grade_keeps_it(text: str, units: list[str]) -> None:
    assert lokus_of(text) == [units]


# the group named by the village it comes from ("utusan Desa A", "rombongan Pemdes B", "peserta asal Desa C"): a
# unit of that name is the travellers' own, no unit visited; a village named without such words stays a unit
@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Desa Sukamaju, Kabupaten Sleman, menerima kunjungan studi tiru utusan Desa Mekarjaya, Kabupaten Gowa, "
            "Selasa (4/6/2024). Rombongan belajar tata kelola BUMDes di Desa Sukamaju dan Desa Mekarjaya.",
            ["Desa Sukamaju"],
        ),
        (
            "Sebanyak 30 peserta asal Desa Mekarjaya, Kabupaten Gowa, studi tiru ke Kabupaten Sleman, Selasa "
            "(4/6/2024). Peserta belajar tata kelola BUMDes di Desa Sukamaju dan Desa Mekarjaya.",
            ["Desa Sukamaju"],
        ),
        (
            "Desa Sukamaju, Kabupaten Sleman, menerima kunjungan studi tiru dari Kecamatan Bontonompo, Kabupaten "
            "Gowa, Selasa (4/6/2024). Peserta belajar tata kelola BUMDes di Desa Sukamaju dan Desa Mekarjaya. "
            "Peserta di antaranya rombongan Pemdes Mekarjaya.",
            ["Desa Sukamaju"],
        ),
        (
            "Sebanyak 30 peserta studi tiru ke Kabupaten Sleman, Selasa (4/6/2024), yaitu ke Desa Sukamaju dan Desa "
            "Mekarjaya.",
            ["Desa Sukamaju", "Desa Mekarjaya"],
        ),
    ],
)
def test_the_village_a_party_comes_from_is_no_unit_visited(text: str, units: list[str]) -> None:
    assert lokus_of(text) == [units]


# a dateline or a site's name glued to the story's first word by a hyphen ("MATARAM-DPRD Kota A menerima …",
# "Kabarku.com-Dinas B …") parts from it: the unit that opens the story is found as if spaced
@pytest.mark.parametrize(
    "text",
    [
        "Berita Kota\n\nMATARAM-DPRD Kota Mataram kedatangan rombongan studi banding DPRD Kabupaten Sumbawa, Senin "
        "(6/3/2023).",
        "Berita Kota\n\nKabarku.com-DPRD Kota Mataram kedatangan rombongan studi banding DPRD Kabupaten Sumbawa, "
        "Senin (6/3/2023).",
    ],
)
def test_a_unit_glued_to_the_dateline_is_found(text):
    assert lokus_of(text) == [["DPRD"]]
    assert [u.name for u in find_units("JAKARTA-DPRD Kota Bogor")] == ["DPRD"]
    assert [u.name for u in find_units("ke Dinas PU-PR Kota Bogor dan Desa Bau-Bau")][0] == "Dinas PU-PR"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a regency written bare before its own province is the region phrase, both cut
        ("Peserta belajar di Dinas Perikanan Banyumas Jawa Tengah, Senin.", ["Dinas Perikanan"]),
        ("Rombongan diterima Kantor Arsip Sleman DI Yogyakarta.", ["Kantor Arsip"]),
        ("Mereka ke Bappeda Gianyar Bali pada Selasa.", ["Bappeda"]),
        # a regency by the short name its province's press gives it is a trailing region too
        ("Mereka berdiskusi di Dinas Sosial Lamtim pada Selasa.", ["Dinas Sosial"]),
        # near-misses: a regency of another province is not the region phrase; a place that names the unit stays
        ("Rombongan diterima di Dinas Perikanan Banyumas Jawa Timur.", ["Dinas Perikanan Banyumas"]),
        ("Peserta belajar di Universitas Jember Jawa Timur, Senin.", ["Universitas Jember"]),
    ],
)
def test_a_bare_regency_before_its_province_is_a_trailing_region(text, names):
    assert [u.name for u in agencies.find_units(text)] == names


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (["Tim Penggerak PKK", "TP PKK"], ["Tim Penggerak PKK"]),
        (["Dinas Kominfo", "Diskominfo"], ["Dinas Kominfo"]),
        (["Disnakertrans", "Dinas Nakertrans", "Bappeda"], ["Dinas Nakertrans", "Bappeda"]),
        (["Dinas Pemberdayaan Perempuan dan Anak", "Dinas PPA"], ["Dinas Pemberdayaan Perempuan dan Anak"]),
        (["Dinas PMD", "Dinas Pemberdayaan Masyarakat dan Desa"], ["Dinas Pemberdayaan Masyarakat dan Desa"]),
        # near-misses: an acronym of other words, the rest of the name another's, a council kept by its acronym
        (["Tim Penggerak PKK", "TK PKK"], ["Tim Penggerak PKK", "TK PKK"]),
        (["Tim Penggerak PKK", "TP Posyandu"], ["Tim Penggerak PKK", "TP Posyandu"]),
        (["Dinas Kominfo", "Diskes"], ["Dinas Kominfo", "Diskes"]),
        (
            ["Badan PMD", "Dinas Pemberdayaan Masyarakat dan Desa"],
            ["Badan PMD", "Dinas Pemberdayaan Masyarakat dan Desa"],
        ),
        (["DPRD", "Dewan Perwakilan Rakyat Daerah"], ["DPRD", "Dewan Perwakilan Rakyat Daerah"]),
    ],
)
def test_a_unit_with_an_acronym_of_some_of_its_words_is_its_full_name(names, kept):
    assert host_step._without_initialled_forms(names) == kept


# a kelurahan or kecamatan, a school, hospital, UPT or enterprise of the region hosts as itself: the one such unit
# visited is the host, with the place written right after it; an office of the government leaves the government the
# host, and so does the region's head receiving the group (docs/schema.md, "A unit of a government hosting")
@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Sebanyak 15 lurah dari Kota Kendari melakukan studi banding ke Kelurahan Sukamaju, Kota Malang, Selasa "
            "(4/6/2024), untuk belajar pelayanan administrasi kependudukan.",
            "Kelurahan Sukamaju",
        ),
        (
            "Sebanyak 20 guru dari Kabupaten Kendal melakukan studi tiru ke SMAN 3 Kota Malang, Selasa (4/6/2024), "
            "untuk mempelajari kurikulum merdeka.",
            "SMAN 3 Kota Malang",
        ),
        (
            "Sebanyak 20 pegawai Dinas Sosial Kabupaten Kendal melakukan studi banding ke Dinas Sosial Kota Malang, "
            "Selasa (4/6/2024), untuk mempelajari pendataan warga miskin.",
            "Kota Malang",
        ),
        (
            "Sebanyak 15 lurah dari Kota Kendari melakukan studi banding ke Kelurahan Sukamaju, Kota Malang, Selasa "
            "(4/6/2024), untuk belajar pelayanan administrasi kependudukan. Rombongan diterima secara resmi oleh "
            "Wali Kota Malang di balai kota.",
            "Kota Malang",
        ),
    ],
)
def test_a_unit_that_hosts_as_itself_is_the_host(text, host):
    assert [v.destination.host for v in visits_of(text)] == [host]
