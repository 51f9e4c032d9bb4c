"""Rules written for the shapes of the kv-/la-/kz- field articles (round 3), each on sentences of our own."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.extract.place_roles import place_scores, resolved_places
from diklat_cli.extract.sentences import sentence_at, sentence_spans


def _dest_of(text: str, name: str) -> float:
    sents = sentence_spans(text)
    for place in resolved_places(text):
        if place.mention.text == name:
            return place_scores(text, sentence_at(sents, place.mention.start), place.mention)[0]
    raise AssertionError(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rombongan peserta PKP Angkatan II akhirnya sampai di Kantor Bupati Sigi, Senin (3/6/2024).", "Bupati Sigi"),
        ("Para camat itu tiba di Kota Pariaman pada Kamis pagi dan langsung menuju pasar.", "Kota Pariaman"),
        ("Sekitar pukul sepuluh, rombongan tiba dengan selamat di Balai Kota Salatiga.", "Balai Kota Salatiga"),
        ("Pesawat yang membawa kepala desa mendarat di Kabupaten Banyuwangi menjelang siang.", "Kabupaten Banyuwangi"),
    ],
)
def test_an_arrival_names_the_place_reached(text, name):
    assert _dest_of(text, name) >= 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "sampai" as "until", and a bare "di" of where something is kept: no arrival
        ("Program itu berjalan dari 2019 sampai 2023 di Kabupaten Sigi.", "Kabupaten Sigi"),
        ("Data penduduk tersimpan di Kota Pariaman sejak lama.", "Kota Pariaman"),
    ],
)
def test_no_arrival_no_strong_destination(text, name):
    assert _dest_of(text, name) < 2


def test_an_arrival_outweighs_a_speakers_definition():
    text = (
        "Medan - Peserta Studi Lapangan PKA Angkatan VII BPSDM Sumut sampai di Kantor Bupati Sigi, Senin"
        " (3/6/2024). Kepala BPSDM menilai studi lapangan merupakan ruang belajar yang nyata bagi peserta."
    )
    visits = [e.visit for e in extract_text(text)]
    assert [(v.program, v.cohort, v.destination.regency) for v in visits] == [("PKA", 7, "Kabupaten Sigi")]


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Pemdes se-Kabupaten Minahasa dalam waktu dekat akan studi tiru ke Kabupaten Gunungkidul untuk"
            " belajar mengelola BUMDes, kata Kepala DPMD kepada wartawan.",
            "DI Yogyakarta",
        ),
        (
            "Kepala desa se Kabupaten Sumba Barat sudah studi banding ke Kabupaten Badung untuk belajar"
            " pengelolaan desa wisata.",
            "Bali",
        ),
        (
            "BUMDes Desa Sukamaju telah studi banding ke Kabupaten Klaten guna menimba ilmu usaha air bersih.",
            "Jawa Tengah",
        ),
    ],
)
def test_a_body_with_the_activity_as_its_verb_travels(text, province):
    assert [e.visit.destination.province for e in extract_text(text)] == [province]


@pytest.mark.parametrize(
    "text",
    [
        # who would go is no body named, only a rule of thumb
        "Menurut dia, kepala daerah akan studi banding ke luar daerah bila anggarannya tersedia.",
        "Pemdes sebaiknya tidak lagi studi banding ke Kabupaten Badung karena anggaran terbatas.",
    ],
)
def test_talk_of_studying_is_no_trip(text):
    assert extract_text(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan DPRD Kabupaten Kampar pulang dari Kabupaten Sleman. Warga tidak mempersoalkan studi banding"
        " itu, melainkan biayanya yang besar.",
        "Rombongan perangkat desa Kabupaten Agam sudah kembali dari Kabupaten Malang. Yang dikritik bukan"
        " studi tiru tersebut, tetapi waktunya yang mepet dengan akhir tahun.",
    ],
)
def test_a_trip_pointed_back_to_is_reported_whatever_is_said_of_it(text):
    assert len(extract_text(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # no particular trip: a rule of thumb and a budget line
        "Rombongan DPRD Kabupaten Kampar tidak perlu studi banding ke Kabupaten Sleman, kata pengamat.",
        "Anggaran studi banding tahun ini dipangkas, sehingga rombongan dewan tidak bisa berangkat.",
    ],
)
def test_talk_of_a_trip_not_pointed_back_to(text):
    assert extract_text(text) == []


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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Peserta mengunjungi Dinas Sosial, Pemberdayaan Perempuan, Desa, dan Perlindungan Anak serta RSUD"
            " Karsa Husada Kota Batu.",
            ["Dinas Sosial, Pemberdayaan Perempuan, Desa, dan Perlindungan Anak", "RSUD Karsa Husada"],
        ),
        (
            "Peserta mengunjungi Dinas Pemberdayaan Masyarakat, Desa, Kependudukan dan Pencatatan Sipil"
            " Kabupaten Jepara.",
            ["Dinas Pemberdayaan Masyarakat, Desa, Kependudukan dan Pencatatan Sipil"],
        ),
        (
            "Rombongan bertemu Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Bantul di ruang rapat.",
            ["Dinas Pemberdayaan Masyarakat dan Desa"],
        ),
    ],
)
def test_an_office_serving_villages_keeps_desa_in_its_name(text, names):
    from diklat_cli.extract import agencies

    assert [u.name for u in agencies.find_units(text)] == names


def test_villages_with_their_own_names_stay_units():
    from diklat_cli.extract import agencies

    text = "Peserta mengunjungi Dinas Pariwisata, Desa Wisata Pujon Kidul, dan Desa Sanankerto Kabupaten Malang."
    names = [u.name for u in agencies.find_units(text)]
    assert names[0] == "Dinas Pariwisata"
    assert "Desa Wisata Pujon Kidul" in names and any(n.startswith("Desa Sanankerto") for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Pelatihan Kepemimpinan Administrator Angkatan III dibuka Senin (6/5/2024). Tahap pertama pembukaan,"
        " lalu e-learning, sehingga peserta dapat belajar di mana saja.",
        "Pembukaan PKP Angkatan II digelar di aula BPSDM, Selasa (7/5/2024). Peserta bisa belajar di manapun"
        " lewat aplikasi.",
    ],
)
def test_learning_anywhere_is_no_trip(text):
    assert extract_text(text) == []


def test_learning_at_a_named_place_still_travels():
    text = (
        "Pembukaan PKP Angkatan II digelar Selasa (7/5/2024). Sepekan kemudian peserta belajar di Kota Madiun"
        " tentang mal pelayanan publik."
    )
    assert [e.visit.destination.regency for e in extract_text(text)] == ["Kota Madiun"]


@pytest.mark.parametrize(
    "text",
    [
        "Peserta PKA Angkatan V diterima Pemerintah Kota Padang, Rabu (8/5/2024). Kedua puluh peserta itu"
        " berasal dari sejumlah daerah, antara lain Jambi, Riau dan Bengkulu.",
        "Peserta PKA Angkatan V diterima Pemerintah Kota Padang, Rabu (8/5/2024). Sebanyak dua puluh peserta"
        " berasal dari tiga provinsi, masing-masing Jambi, Riau dan Bengkulu.",
        "Lima belas peserta PKA Angkatan V menjalani studi lapangan di Kota Padang, Rabu (8/5/2024). Mereka"
        " belajar selama tiga minggu dan datang dari beberapa provinsi, yakni Jambi, Riau dan Bengkulu.",
    ],
)
def test_where_a_cohorts_members_come_from_is_no_destination(text):
    visits = [e.visit for e in extract_text(text)]
    assert len(visits) == 1
    assert visits[0].destination.province not in ("Jambi", "Riau", "Bengkulu")


def test_a_cohort_divided_among_listed_provinces_still_splits():
    text = (
        "Peserta PKN Tingkat II Angkatan IV dibagi dalam tiga kelompok untuk melaksanakan studi lapangan ke tiga"
        " provinsi, yakni Jawa Tengah, Jawa Timur dan Bali, pada Senin (6/5/2024)."
    )
    assert sorted(e.visit.destination.province for e in extract_text(text)) == ["Bali", "Jawa Tengah", "Jawa Timur"]


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 90 peserta PKA Angkatan II BPSDM Jawa Tengah melaksanakan studi lapangan ke tiga kabupaten, yakni"
        " Kabupaten Sleman, Kabupaten Bantul dan Kabupaten Kulon Progo, Senin (6/5/2024).",
        "Peserta PKA Angkatan II BPSDM Jawa Tengah melaksanakan studi lapangan pada Senin (6/5/2024). Tiga"
        " kabupaten, yakni Kabupaten Sleman, Kabupaten Bantul dan Kabupaten Kulon Progo, menjadi lokus.",
    ],
)
def test_places_counted_where_a_cohort_is_sent_still_split(text):
    assert sorted(e.visit.destination.regency for e in extract_text(text)) == [
        "Kabupaten Bantul",
        "Kabupaten Kulon Progo",
        "Kabupaten Sleman",
    ]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Sepanjang Januari hingga Mei 2019, Pemkab Badung menerima 40 rombongan studi banding. Tahun 2018,"
            " pendapatan daerah naik 9 persen. Rombongan DPRD Kabupaten Agam datang kemarin (14/5) untuk belajar"
            " pengelolaan pajak hotel.",
            "2019-05-14",
        ),
        (
            "Tahun 2017, kunjungan wisata naik. Memasuki Agustus 2018 ini, rombongan Pemkab Agam studi banding ke"
            " Kabupaten Badung pada Selasa (7/8) untuk belajar pajak hotel.",
            "2018-08-07",
        ),
    ],
)
def test_a_day_takes_the_year_its_month_is_written_with(text, start):
    assert [e.visit.start_date.isoformat() for e in extract_text(text)] == [start]


def test_a_weekday_overrules_the_month_year():
    # 7 August 2018 was a Tuesday: "Kamis (7/8)" cannot be in 2018
    text = (
        "Memasuki Agustus 2018, Pemkab Agam menyiapkan program wisata. Rombongan Pemkab Agam studi banding ke"
        " Kabupaten Badung pada Kamis (7/8) untuk belajar pajak hotel."
    )
    assert [e.visit.start_date.year != 2018 if e.visit.start_date else True for e in extract_text(text)] == [True]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rombongan dewan bertatap muka dengan jajaran Pemerintah Kabupaten Klaten di ruang rapat.", "Klaten"),
        ("Di sana mereka berdialog dengan Pemkab Banyumas tentang BUMDes.", "Pemkab Banyumas"),
        ("Mereka juga bertemu langsung dengan DPRD Kota Mataram membahas perda.", "Kota Mataram"),
    ],
)
def test_the_hosts_met_face_to_face(text, name):
    sents = sentence_spans(text)
    place = next(p for p in resolved_places(text) if p.mention.text.endswith(name))
    dest, origin = place_scores(text, sentence_at(sents, place.mention.start), place.mention)
    assert dest >= 3 and dest > origin


def test_the_ranks_that_travel_stay_senders():
    # "jajaran" with no meeting before it: the staff of the body that sends them
    text = "Bupati berangkat bersama jajaran Pemerintah Kabupaten Klaten ke Kabupaten Badung."
    sents = sentence_spans(text)
    place = next(p for p in resolved_places(text) if "Klaten" in p.mention.text)
    dest, origin = place_scores(text, sentence_at(sents, place.mention.start), place.mention)
    assert origin > dest


def test_spellings_and_short_names_of_places():
    from diklat_cli.extract import places

    assert [m.candidates[0].name for m in places.find_places("kunker ke Provinsi DI Yogjakarta")] == ["DI Yogyakarta"]
    assert [m.candidates[0].name for m in places.find_places("anggota DPRD Kabupaten Tuba")] == [
        "Kabupaten Tulang Bawang"
    ]
    # "tuba" alone is a fish poison, no place
    assert places.find_places("nelayan dilarang memakai tuba di sungai") == []


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah Desa Sukamaju melaksanakan studi banding tentang BUMDes di Desa Pujon Kidul, Sabtu (7/9/2019)."
        " Desa Pujon Kidul adalah salah satu desa di Kecamatan Pujon Kabupaten Malang. Desa Sukamaju berada di"
        " Kecamatan Ciawi Kabupaten Bogor.",
        "Perangkat Desa Sukamaju menggelar studi tiru ke Desa Pujon Kidul, Sabtu (7/9/2019), untuk belajar"
        " desa wisata. Desa Pujon Kidul terletak di Kecamatan Pujon, Kabupaten Malang, sedangkan Desa Sukamaju"
        " terletak di Kecamatan Ciawi Kabupaten Bogor.",
    ],
)
def test_a_village_located_apart_gives_its_regency_its_role(text):
    visits = [e.visit for e in extract_text(text)]
    assert [(v.destination.regency, v.origin.regency) for v in visits] == [("Kabupaten Malang", "Kabupaten Bogor")]


def test_a_village_located_but_never_visited_gives_no_role():
    text = (
        "Pemerintah Kabupaten Bogor melaksanakan studi banding ke Kabupaten Malang, Sabtu (7/9/2019). Bupati"
        " menyebut Desa Sukamaju adalah salah satu desa di Kecamatan Ciawi Kabupaten Bogor yang maju."
    )
    visits = [e.visit for e in extract_text(text)]
    assert [v.destination.regency for v in visits] == ["Kabupaten Malang"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kepala desa se-Kabupaten Sigi akan studi tiru ke Kabupaten Badung.", "Kabupaten Sigi"),
        ("Menurut dia, Pemdes se Kabupaten Sigi segera belajar ke Kabupaten Badung.", "Kabupaten Sigi"),
        ("Para camat se-Kota Palu mengikuti studi banding ke Kota Surabaya.", "Kota Palu"),
    ],
)
def test_a_regions_heads_taken_together_travel_from_it(text, name):
    sents = sentence_spans(text)
    place = next(p for p in resolved_places(text) if p.mention.text == name)
    dest, origin = place_scores(text, sentence_at(sents, place.mention.start), place.mention)
    assert origin >= 3 and origin > dest


def test_the_best_of_a_region_is_no_group_from_it():
    text = "Desa Panggungharjo, desa terbaik se-Kabupaten Bantul, menerima studi banding dari Kabupaten Sigi."
    sents = sentence_spans(text)
    place = next(p for p in resolved_places(text) if p.mention.text == "Kabupaten Bantul")
    assert place_scores(text, sentence_at(sents, place.mention.start), place.mention)[1] < 3


@pytest.mark.parametrize(
    "text",
    [
        'Dalam waktu dekat kepala desa se-Kabupaten Sigi akan studi tiru ke Kabupaten Badung. "Kami ingin belajar'
        ' desa wisata," kata Kepala DPMD Sigi, Rabu (3/4/2024).',
        "Pemkab Sigi berencana studi banding ke Kabupaten Badung untuk belajar pajak hotel, ujar Sekda Sigi kepada"
        " wartawan, Rabu (3/4/2024).",
    ],
)
def test_a_trip_planned_for_later_is_not_dated_by_the_day_it_was_told(text):
    assert [(e.visit.start_date, e.visit.end_date) for e in extract_text(text)] == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # the trip has happened: the day it was told of is kept as before
        'Kepala desa se-Kabupaten Sigi studi tiru ke Kabupaten Badung. "Kami belajar desa wisata," kata Kepala'
        " DPMD Sigi, Rabu (3/4/2024).",
        # a send-off of a trip about to start gives its day
        "Bupati Sigi melepas kepala desa yang akan studi tiru ke Kabupaten Badung untuk belajar desa wisata,"
        " Rabu (3/4/2024).",
    ],
)
def test_a_trip_told_or_sent_off_keeps_its_day(text):
    assert [e.visit.start_date.isoformat() for e in extract_text(text)] == ["2024-04-03"]


@pytest.mark.parametrize(
    ("text", "program"),
    [
        (
            "Dua puluh peserta Diklat Fungsional Analis Kebijakan (DFAK) Tingkat Muda Angkatan II melakukan"
            " studi lapangan ke Kabupaten Gowa, Selasa (5/3/2024).",
            "Diklat Fungsional Analis Kebijakan (DFAK) Tingkat Muda",
        ),
        (
            "Peserta Pelatihan Fungsional Perencana Tingkat Pertama melakukan studi lapangan ke Kabupaten Gowa,"
            " Selasa (5/3/2024).",
            "Pelatihan Fungsional Perencana Tingkat Pertama",
        ),
        # a level the functional posts do not have stays out of the name
        (
            "Peserta Pelatihan Fungsional Perencana Tingkat Kabupaten melakukan studi lapangan ke Kabupaten Gowa,"
            " Selasa (5/3/2024).",
            "Pelatihan Fungsional Perencana",
        ),
    ],
)
def test_a_functional_courses_level_closes_its_name(text, program):
    assert [e.visit.program for e in extract_text(text)] == [program]


@pytest.mark.parametrize(
    ("text", "talk"),
    [
        # "itu" opening a general statement: still talk of trips
        ("Dana studi banding itu kebutuhan pokok dewan, kata ketua DPRD.", True),
        ("Menurut dia, tanpa studi banding itu pun dewan tetap bekerja.", True),
        # "that trip", closed by a comma or a clause: a particular trip
        ("Warga tidak mempersoalkan studi banding itu, melainkan biayanya.", False),
        ("Dana studi banding tersebut yang dipersoalkan warga.", False),
    ],
)
def test_a_trip_word_pointed_back_to_closes_its_phrase(text, talk):
    from diklat_cli.extract import cues, programs

    assert cues.trips_only_talked_of(text, programs.find_activities(text)) is talk
