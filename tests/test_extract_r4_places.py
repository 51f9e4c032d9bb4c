"""Round r4-places: the words around a place (places.py) widened from a narrow sample of their words to the
class the reporting property names. Every sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from diklat_cli.extract.places import sender_weight


def _sender(text: str, place: str) -> float:
    at = text.index(place)
    return sender_weight(text[:at], text[at + len(place) :])


# ---------------------------------------------------------------- 1. a place that receives the trip
# A place is the subject of a trip word without sending it when the words between say it receives
# the trip: not only menerima/menyambut/kedatangan/mendapat, but any word that makes it the trip's
# goal or host ("menjadi tujuan", "dijadikan lokasi", "dipilih sebagai", "dikunjungi", "menjamu",
# "mendapatkan kunjungan", "kembali dikunjungi").
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pemkab Banyuwangi menjadi tujuan studi banding Pemkab Sikka pekan lalu.", "Pemkab Banyuwangi"),
        ("Pemkot Surabaya mendapatkan kunjungan kerja dari DPRD Kota Ambon.", "Pemkot Surabaya"),
        ("Kabupaten Badung dijadikan lokasi studi tiru oleh para kepala desa.", "Kabupaten Badung"),
        ("Pemkot Batu dipilih sebagai lokus studi lapangan peserta PKA.", "Pemkot Batu"),
        ("Pemprov Jawa Tengah menjamu kunjungan kerja Komisi A DPRD Sumbar.", "Pemprov Jawa Tengah"),
        ("Kota Salatiga kembali dikunjungi studi banding dari Kabupaten Boyolali.", "Kota Salatiga"),
    ],
)
def test_a_place_receiving_the_trip_does_not_send_it(text: str, place: str) -> None:
    assert _sender(text, place) == 0


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # near-misses: the place itself travels
        ("Pemkab Sikka melakukan studi banding ke Banyuwangi.", "Pemkab Sikka"),
        ("Pemkot Ambon, Maluku, menggelar kunjungan kerja ke Surabaya.", "Pemkot Ambon"),
    ],
)
def test_a_place_doing_the_trip_still_sends_it(text: str, place: str) -> None:
    assert _sender(text, place) > 0
