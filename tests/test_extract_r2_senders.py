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
