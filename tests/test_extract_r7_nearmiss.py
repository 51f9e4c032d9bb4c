"""Rules of round 7 for reports that hold no visit, or fewer than diklat made: each on sentences of our
own, in several wordings, with near-misses the rule must leave alone."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text

# ---- travellers outside government (students named by their host, farmers, an association's members)


@pytest.mark.parametrize(
    "text",
    [
        # the host names the students after the noun of their coming
        "Pemerintah Kota Madiun menyambut rombongan mahasiswa Universitas Airlangga yang akan menjalani"
        " kuliah lapangan di wilayahnya, Senin (3/6/2024). Mereka datang untuk belajar tata kelola kota.",
        "DPRD Kabupaten Sleman kedatangan rombongan Universitas Muhammadiyah Yogyakarta, Kamis (6/6/2024)."
        " Kunjungan itu menjadi kunjungan belajar bagi para tamu.",
        # farmers on a study trip, headline form and visitor form
        "Studi Banding Peserta Kelompok Tani Nelayan Andalan\nPuluhan petani dari berbagai kecamatan mengikuti"
        " studi banding ke kebun kakao di Desa Sukamaju, Kabupaten Berau, Senin (8/7/2024).",
        # an association's members
        "Pengurus Ikatan Pensiunan Guru Kabupaten Pati melakukan studi banding ke Kota Semarang, Selasa"
        " (9/7/2024), dan diterima Asisten I Setda Kota Semarang.",
        "Sejumlah anggota Paguyuban Pedagang Pasar Klaten mengadakan studi tiru ke Kota Solo, Rabu (10/7/2024).",
    ],
)
def test_groups_outside_government_are_no_visit(text):
    assert extract_text(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the host receives a government group; students are only beside the host
        "Pemerintah Kota Madiun menerima rombongan Pemkab Ngawi yang studi banding pelayanan perizinan, Senin"
        " (3/6/2024), didampingi mahasiswa magang.",
        # farmers sent by a government office: the office is named among them
        "Dinas Pertanian Kabupaten Berau memberangkatkan 20 petani studi banding ke Kabupaten Malang, Senin"
        " (8/7/2024).",
        # civil servants' wives' association: left as it was ("Persatuan" of Dharma Wanita names no outsiders)
        "Rombongan Dharma Wanita Persatuan Kabupaten Sleman studi banding ke Kota Surabaya, Rabu (4/5/2022).",
    ],
)
def test_a_government_group_near_outsiders_is_still_a_visit(text):
    assert len(extract_text(text)) == 1


# ---- a place gone to for a consultation (a ministry, a national body) is not a place to learn at


def _provinces(text: str) -> list[str | None]:
    return sorted(e.visit.destination.province or "" for e in extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Anggota DPRD Kalimantan Selatan berkunker ke Jakarta untuk berkonsultasi dengan Kementerian Dalam Negeri,"
        " Senin (2/10/2023). Sebagian lagi melakukan studi banding ke Jawa Barat untuk mempelajari pengelolaan waduk.",
        "Rombongan DPRD Kalsel mendatangi Kementerian Perhubungan di Jakarta guna membahas angkutan daring, Senin"
        " (2/10/2023). Selain itu, rombongan studi banding ke Jawa Barat untuk belajar pengelolaan waduk.",
        "Pansus DPRD Kalsel menggelar konsultasi ke Kemendagri di Jakarta, Senin (2/10/2023). Pansus juga studi"
        " banding ke Jawa Barat untuk menimba ilmu tata kelola waduk.",
        "DPRD Kalsel bertolak ke Jakarta dalam rangka koordinasi dengan Kementerian Keuangan, Senin (2/10/2023)."
        " Sehari kemudian dewan melakukan studi banding ke Jawa Barat untuk mempelajari pengelolaan waduk.",
    ],
)
def test_a_place_of_consultation_is_not_a_destination(text):
    assert _provinces(text) == ["Jawa Barat"]


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # a study trip told in the same sentence keeps its place
        (
            "Komisi I DPRD Kalsel studi banding sekaligus konsultasi ke Pemprov DKI Jakarta, Senin (2/10/2023).",
            "DKI Jakarta",
        ),
        # a regional government consulted is the place visited
        (
            "Pansus DPRD Kalsel melakukan kunjungan kerja ke Surabaya untuk berkoordinasi dengan Pemprov Jawa Timur"
            " pengelolaan sampah, Senin (2/10/2023).",
            "Jawa Timur",
        ),
        # discussing is what happens at the host, after going there to learn
        (
            "Komisi I DPRD Kalsel berkunjung ke Kota Bandung untuk belajar dan membahas pengelolaan sampah, Senin"
            " (2/10/2023).",
            "Jawa Barat",
        ),
    ],
)
def test_a_study_trip_with_a_consultation_keeps_its_place(text, province):
    assert _provinces(text) == [province]
