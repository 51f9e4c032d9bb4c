"""A second sending body at the same host (SCHEMA: two sending bodies give two visits). A report of one
group's visit often adds, in a sentence of its own, that another body also came to the same host, before
or on the same day ("Sebelumnya, Pemkab B juga berkunjung ke Kota X"): that body's visit is a record of
its own, with the host of the visit it is told beside and its own days (none when the sentence gives
none). Sentences written for this test, in several wordings."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.models import visit_json


def _visits(text: str) -> list[dict]:
    return [visit_json(e.visit) for e in extract_text(text)]


_FIRST = (
    "Rombongan Pemerintah Kabupaten Sragen melakukan studi banding ke Kota Madiun, Selasa (4/6/2019). "
    "Mereka diterima Sekretaris Daerah Kota Madiun di ruang rapat balai kota. "
)


@pytest.mark.parametrize(
    ("second", "regency", "institution"),
    [
        (
            "Menurut Sekda, sebelumnya Pemerintah Kabupaten Klaten juga melakukan kunjungan kerja ke Kota Madiun.",
            "Kabupaten Klaten",
            "Pemerintah Kabupaten Klaten",
        ),
        (
            "Sebelum ini rombongan DPRD Kabupaten Ponorogo sudah lebih dulu datang belajar ke sana.",
            "Kabupaten Ponorogo",
            "DPRD Kabupaten Ponorogo",
        ),
        (
            "Pada hari yang sama, anggota DPRD Kabupaten Pacitan pun datang berkunjung ke Kota Madiun.",
            "Kabupaten Pacitan",
            "DPRD Kabupaten Pacitan",
        ),
        # (told on "the same day" as the first: the first's day; checked below)
        (
            "Di hari yang sama, rombongan DPRD Kabupaten Magetan juga sudah berkunjung ke sini, kata Sekda.",
            "Kabupaten Magetan",
            "DPRD Kabupaten Magetan",
        ),
        (
            "Menurut Sekda, sebelumnya DPRD Kabupaten Nganjuk pun pernah studi banding di Kota Madiun.",
            "Kabupaten Nganjuk",
            "DPRD Kabupaten Nganjuk",
        ),
        (
            "Pekan lalu Pemkab Ngawi juga telah melaksanakan studi banding ke Kota Madiun untuk hal yang sama.",
            "Kabupaten Ngawi",
            "Pemkab Ngawi",
        ),
    ],
)
def test_another_body_also_came_to_the_same_host(second: str, regency: str, institution: str) -> None:
    visits = _visits(_FIRST + second)
    origins = [v["origin"]["regency"] for v in visits]
    assert origins == ["Kabupaten Sragen", regency]
    first, other = visits
    assert other["destination"]["regency"] == first["destination"]["regency"] == "Kota Madiun"
    assert other["origin"]["institution"] == institution
    # its days are not the first group's unless told so; its head count is its own, untold
    same_day = "hari yang sama" in second
    assert other["start_date"] == ("2019-06-04" if same_day else None)
    assert other["participants"] is None


def test_another_body_from_a_province_only() -> None:
    text = (
        "Sebanyak 40 kepala desa dari Kabupaten Bantaeng, Sulawesi Selatan, studi banding ke Desa Ponggok, "
        "Kabupaten Klaten, Rabu (3/7/2019). Sebelumnya aparat desa dari Bali sudah datang belajar ke sana."
    )
    visits = _visits(text)
    assert [(v["origin"]["province"], v["origin"]["regency"]) for v in visits] == [
        ("Sulawesi Selatan", "Kabupaten Bantaeng"),
        ("Bali", None),
    ]
    assert visits[1]["destination"]["regency"] == "Kabupaten Klaten"


@pytest.mark.parametrize(
    "second",
    [
        # the host went elsewhere: a trip of the host's, not a second group at the host
        "Sebelumnya Pemerintah Kota Madiun juga melakukan kunjungan kerja ke Kabupaten Klaten.",
        # another place the same group went to (a second stop), not another sender
        "Sebelumnya rombongan Pemerintah Kabupaten Sragen juga berkunjung ke Kota Madiun pada 2017.",
        # a list of earlier visitors in the host's background talk
        "Kota Madiun sebelumnya sudah didatangi berbagai daerah, seperti Kabupaten Klaten dan Kabupaten Ngawi.",
    ],
)
def test_no_second_sender(second: str) -> None:
    visits = _visits(_FIRST + second)
    assert {v["origin"]["regency"] for v in visits} == {"Kabupaten Sragen"}


# the host's fame "draws the interest" of the body that then comes: that body is the sender
@pytest.mark.parametrize(
    "text",
    [
        "Keberhasilan Kota Madiun mengelola sampah menarik perhatian Pemerintah Kabupaten Sragen. Rombongan "
        "kemudian melakukan studi banding ke Kota Madiun, Selasa (4/6/2019).",
        "Inovasi pelayanan Kota Madiun memancing minat Dinas Kependudukan Kabupaten Sragen untuk datang "
        "belajar ke Kota Madiun, Selasa (4/6/2019).",
        "Program Kota Madiun itu mengundang minat Pemkab Sragen, yang lalu studi tiru ke Kota Madiun pada "
        "Selasa (4/6/2019).",
        "Capaian Kota Madiun menggugah ketertarikan DPRD Kabupaten Sragen. Mereka studi banding ke Kota "
        "Madiun, Selasa (4/6/2019).",
    ],
)
def test_the_body_interested_is_the_sender(text: str) -> None:
    visits = _visits(text)
    assert [(v["origin"]["regency"], v["destination"]["regency"]) for v in visits] == [
        ("Kabupaten Sragen", "Kota Madiun")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the public, not a body: no sender
        "Taman kota di Kota Madiun menarik perhatian wisatawan dari Kabupaten Sragen. Rombongan DPRD Kabupaten "
        "Ngawi melakukan studi banding ke Kota Madiun, Selasa (4/6/2019).",
        # interest in going somewhere: the place after "ke" is no sender
        "Rombongan DPRD Kabupaten Ngawi melakukan studi banding ke Kota Madiun, Selasa (4/6/2019). Hal itu "
        "menarik minat untuk ke Kabupaten Sragen.",
    ],
)
def test_interest_of_no_body(text: str) -> None:
    visits = _visits(text)
    assert {v["origin"]["regency"] for v in visits} == {"Kabupaten Ngawi"}


# the two sides of a visit counted and named ("bagi kedua daerah, A maupun B"): host and home, not two stops
# (a host in the sender's own province, where the home is not left out of the stops on other grounds)
@pytest.mark.parametrize(
    "pair",
    [
        "Ia berharap kunjungan itu bermanfaat bagi kedua daerah, Kota Surakarta maupun Kabupaten Sragen.",
        "Kunjungan ini mempererat kerja sama antara dua daerah, yakni Surakarta dan Sragen.",
        "Semoga silaturahmi kedua daerah, Surakarta dan Sragen, terus terjalin.",
        "Pertemuan itu disebut penting untuk kedua pemerintah daerah, baik Kota Surakarta maupun Kabupaten Sragen.",
    ],
)
def test_both_sides_of_a_visit_are_no_two_stops(pair: str) -> None:
    text = "Rombongan Pemerintah Kabupaten Sragen melakukan studi banding ke Kota Surakarta, Selasa (4/6/2019). " + pair
    visits = _visits(text)
    assert [(v["origin"]["regency"], v["destination"]["regency"]) for v in visits] == [
        ("Kabupaten Sragen", "Kota Surakarta")
    ]


def test_two_groups_sent_to_two_places_still_split() -> None:
    text = (
        "Sebanyak 40 peserta Diklatpim IV Kabupaten Sragen dibagi dua kelompok, masing-masing ke Kota Madiun "
        "dan Kabupaten Ngawi, Selasa (4/6/2019)."
    )
    assert {v["destination"]["regency"] for v in _visits(text)} == {"Kota Madiun", "Kabupaten Ngawi"}
