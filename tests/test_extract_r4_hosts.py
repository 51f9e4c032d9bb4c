"""Widenings of r4-hosts, written blind to the corpus: sentences of our own in other wordings."""

from __future__ import annotations

from datetime import date

import pytest

from diklat_cli.extract.byline import find_byline


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
