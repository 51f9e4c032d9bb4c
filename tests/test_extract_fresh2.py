"""Rules written for the shapes of the kq/kr field articles (round 2, ext-fresh2), each on sentences of our own."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.extract.cues import _FIELDWORK_AT_PLACE, _STUDY_VISIT, travel_cue
from diklat_cli.extract.participants import find_participants
from diklat_cli.extract.programs import find_activities


def _provinces(text: str) -> list[str | None]:
    return [e.visit.destination.province for e in extract_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Puluhan kepala kampung menggelar kegiatan kunjungan studi ke Desa Wisata Sade.",
        "Desa Panggungharjo menerima kunjungan study dari perangkat desa asal Kabupaten Sigi.",
        "Mereka melaksanakan kunjungan studi di Kabupaten Banyuwangi selama dua hari.",
        "Dalam rangka kunjungan studi, rombongan singgah di Kota Blitar.",
    ],
)
def test_a_study_visit_held_or_received_is_a_study_word(text):
    assert _STUDY_VISIT.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Warga meminta dewan mengurangi kunjungan studi ke luar daerah.",
        "Kunjungan studi selama ini dinilai tidak membawa hasil.",
        "Anggaran kunjungan studi tahun depan dipangkas separuh.",
    ],
)
def test_a_study_visit_talked_of_is_not(text):
    assert _STUDY_VISIT.search(text) is None


def test_kunjungan_studi_alone_reports_a_visit_of_activity_other():
    text = (
        "KUALA KAPUAS - Sebanyak 33 perangkat desa dari Kecamatan Selat, Kabupaten Kapuas, melakukan kunjungan studi"
        " ke Desa Ngringinrejo, Kabupaten Bojonegoro, Selasa (8/8/2023).\n"
    )
    (found,) = extract_text(text)
    assert found.visit.activity == "other"
    assert found.visit.participants == 33
    assert found.visit.origin.province == "Kalimantan Tengah"
    assert found.visit.destination.province == "Jawa Timur"


@pytest.mark.parametrize(
    "text",
    [
        "Peserta Diklatpim III melakukan pengamatan di dua desa di Kecamatan Tilamuta.",
        "Para peserta menjalani proses pembelajaran di Kelurahan Tanjung Seneng.",
        "Peserta PKN II memaparkan hasil VKN di tiga kecamatan di Kabupaten Sambas.",
        "Mereka melakukan penelitian lapangan di Kabupaten Lampung Selatan.",
    ],
)
def test_fieldwork_in_villages_or_a_region_is_a_trip(text):
    assert _FIELDWORK_AT_PLACE.search(text) is not None
    assert travel_cue(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peserta Latsar melakukan pengamatan di unit kerja masing-masing.",
        "Para peserta menjalani pembelajaran di kelas selama dua pekan.",
        "Widyaiswara melakukan penelitian tentang kinerja ASN.",
    ],
)
def test_fieldwork_at_the_desk_is_no_trip(text):
    assert _FIELDWORK_AT_PLACE.search(text) is None


def test_vkn_is_a_field_study():
    assert [a.activity for a in find_activities("Peserta menyampaikan hasil VKN kepada bupati.")] == ["studi lapangan"]


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


def test_village_group_addressed_by_kecamatan_then_regency_is_sent_by_the_regency():
    text = (
        "Sebanyak 20 kepala desa dari Kecamatan Sape, Kabupaten Bima, melakukan studi banding ke Desa Pujon Kidul,"
        " Kabupaten Malang, Kamis (5/10/2023).\n"
    )
    (found,) = extract_text(text)
    assert found.visit.origin.province == "Nusa Tenggara Barat"
    assert found.visit.destination.province == "Jawa Timur"


@pytest.mark.parametrize(
    ("sentence", "provinces"),
    [
        (
            "Tujuan pertamanya Kota Semarang, kemudian Kabupaten Gianyar, dan yang terakhir Kota Mataram.",
            ["Jawa Tengah", "Bali", "Nusa Tenggara Barat"],
        ),
        ("Lokasi pertama yang didatangi ialah Kota Palembang, selanjutnya Kota Jambi.", ["Sumatera Selatan", "Jambi"]),
    ],
)
def test_an_itinerary_told_in_order_is_a_record_per_stop(sentence, provinces):
    text = (
        "Sebanyak 12 lurah di Kota Sorong melakukan studi banding pada 4-6 Juni 2024 untuk belajar pelayanan. "
        + sentence
        + "\n"
    )
    assert sorted(p or "" for p in _provinces(text)) == sorted(provinces)


def test_first_aim_then_more_aims_is_one_visit():
    text = (
        "Peserta PKA Angkatan I Kabupaten Tegal melaksanakan studi lapangan di Pemerintah Kota Surabaya, Rabu"
        " (6/3/2024). Tujuan pertama kegiatan ini mempelajari perizinan, kemudian melihat layanan kesehatan.\n"
    )
    assert _provinces(text) == ["Jawa Timur"]


def test_the_host_receiving_a_visit_of_n_people_counts_them():
    text = "Desa Bone-Bone menerima kunjungan studi banding 31 kepala desa asal Kabupaten Wajo."
    assert [p.value for p in find_participants(text)] == [31]


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan Komisi B DPRD Kabupaten Alor berfoto bersama pejabat Pemkot Denpasar saat melakukan studi banding.",
        "Para kepala desa foto bareng jajaran Pemkab Banyuwangi usai kunjungan kerja.",
    ],
)
def test_the_hosts_a_group_poses_with_during_its_trip_are_the_destination(text):
    from diklat_cli.extract.place_roles import place_scores, resolved_places

    hosts = [p for p in resolved_places(text) if p.region.name in ("Kota Denpasar", "Kabupaten Banyuwangi")]
    assert hosts
    for p in hosts:
        dest, origin = place_scores(text, (0, len(text)), p.mention)
        assert dest > origin


def test_a_caption_adds_the_visit_of_another_sub_group():
    text = (
        "Rombongan Komisi III DPRD Kabupaten Rote Ndao berfoto bersama pejabat Pemkot Tarakan saat melakukan kaji"
        " banding.\nBA'A - Anggota DPRD Rote Ndao dibagi dalam dua tim. Komisi I melakukan kaji banding di Pemkot"
        " Blitar.\n"
    )
    assert sorted(p or "" for p in _provinces(text)) == ["Jawa Timur", "Kalimantan Utara"]


def test_one_sub_group_told_in_caption_and_body_is_one_visit():
    text = (
        "Rombongan Komisi A DPRD Kota Bitung berfoto bersama pejabat Pemkot Tomohon saat melakukan studi banding.\n"
        "BITUNG - Komisi A DPRD Kota Bitung melakukan studi banding di Pemkot Tomohon, Senin (6/5/2024).\n"
    )
    assert _provinces(text) == ["Sulawesi Utara"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Seperti Kelompok I dua pekan sebelumnya, rombongan juga meninjau puskesmas.",
        "Sama dengan studi tiru gelombang pertama sebulan sebelumnya, mereka belajar di dinas itu.",
    ],
)
def test_the_first_group_compared_is_a_visit_of_its_own(sentence):
    from diklat_cli.extract.visits import _EARLIER_WAVE

    assert _EARLIER_WAVE.search(sentence) is not None
    text = (
        "MAKASSAR - Rombongan Kelompok II pegawai Dinas Kesehatan Kabupaten Majene melakukan studi tiru di Dinas"
        " Kesehatan Kota Makassar, Selasa (4/6/2024). " + sentence + "\n"
    )
    found = extract_text(text)
    assert [str(e.visit.start_date) for e in found] == ["2024-06-04", "None"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Seperti studi banding tahun lalu, rombongan belajar pengelolaan pasar.",
        "Seperti biasa, Kelompok I datang lebih dulu.",
        "Seperti kelompok I, kelompok II juga menginap di hotel.",
    ],
)
def test_a_comparison_with_no_earlier_first_group_is_none(sentence):
    from diklat_cli.extract.visits import _EARLIER_WAVE

    assert _EARLIER_WAVE.search(sentence) is None


def test_kaji_tiru_the_blend_of_kaji_banding_and_studi_tiru_is_a_studi_banding():
    found = find_activities("Para kades melaksanakan kaji tiru ke Desa Wisata Nglanggeran.")
    assert [a.activity for a in found] == ["studi banding"]


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "WAINGAPU - Sebanyak 20 kades Sumba Timur studi banding ke Klaten, Provinsi Jogja, Senin (2/9/2024).\n",
            "Jawa Tengah",
        ),
        (
            "PALU - Sebanyak 15 lurah Kota Palu melakukan studi banding ke Depok, Jakarta, Selasa (3/9/2024).\n",
            "Jawa Barat",
        ),
    ],
)
def test_a_regency_written_with_a_province_it_is_not_in_is_one_place(text, province):
    assert _provinces(text) == [province]


def test_a_list_that_goes_on_after_the_province_is_still_a_list():
    text = (
        "AMBON - Sebanyak 30 kepala desa Maluku Tengah melakukan studi banding ke Bogor, Jakarta dan Bandung pada"
        " 2-6 September 2024.\n"
    )
    assert len(_provinces(text)) >= 2


def test_one_groups_count_written_beside_its_first_stop_holds_at_every_stop():
    text = (
        "Delapan Lurah Kota Bau-Bau Studi Banding ke Surabaya\n"
        "BAU-BAU - Delapan lurah di Kota Bau-Bau akan melakukan studi banding ke tiga kota untuk belajar"
        " pengelolaan sampah. Tujuan pertamanya Surabaya, kemudian Semarang, dan yang terakhir Bandung.\n"
    )
    found = extract_text(text)
    assert sorted(e.visit.destination.province or "" for e in found) == ["Jawa Barat", "Jawa Tengah", "Jawa Timur"]
    assert [e.visit.participants for e in found] == [8, 8, 8]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rombongan belajar ke Kabupaten Benteng soal pemindahan ibu kota.", ["Kabupaten Bengkulu Tengah"]),
        ("Rombongan singgah di Benteng Marlborough.", []),
    ],
)
def test_benteng_is_bengkulu_tengah_only_after_a_prefix(text, names):
    from diklat_cli.extract.place_roles import resolved_places

    assert [p.region.name for p in resolved_places(text)] == names


@pytest.mark.parametrize(
    ("headline", "sender"),
    [
        ("Pemkot Salatiga Pelajari Pengelolaan Pasar Kabupaten Sleman", "Kota Salatiga"),
        ("DPRD Sumbawa Timba Ilmu ke Kota Denpasar", "Kabupaten Sumbawa"),
    ],
)
def test_a_headlines_clipped_learning_verb_follows_the_sender(headline, sender):
    from diklat_cli.extract.place_roles import place_scores, resolved_places

    first = resolved_places(headline)[0]
    assert first.region.name == sender
    dest, origin = place_scores(headline, (0, len(headline)), first.mention)
    assert origin > dest
