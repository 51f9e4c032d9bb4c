"""Fields of visits that are found (participants, dates, places, host agencies), round ext-fields.
Sentences written for this test, in several wordings and outlet styles."""

from __future__ import annotations

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.extract.participants import find_participants


def _participants(text: str) -> list[int | None]:
    return [e.visit.participants for e in extract_text(text)]


# the travellers counted by the title they hold: "personil" (how many reports spell personel), a village
# head by its region's title (keuchik, perbekel, kuwu, wali nagari), the foreign service's diplomats
@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "MANADO - Sebanyak 41 personil Sesko TNI dari tiga matra dan Polri melaksanakan Kuliah Kerja "
            "Dalam Negeri di Provinsi Sulawesi Utara pada 5-9 Agustus 2024.",
            41,
        ),
        (
            "CALANG - Sebanyak 64 keuchik dari Kabupaten Aceh Barat melakukan studi banding ke Kabupaten "
            "Sleman, Daerah Istimewa Yogyakarta, Selasa (12/3/2024).",
            64,
        ),
        (
            "Pemerintah Kabupaten Tabanan memberangkatkan 27 perbekel untuk studi banding pengelolaan BUMDes "
            "ke Kabupaten Banyuwangi, Jawa Timur, 14 Mei 2023.",
            27,
        ),
        (
            "Kedatangan 22 diplomat dari Sesdilu Kementerian Luar Negeri ke Kota Salatiga pada Rabu "
            "(7/6/2023) disambut Wali Kota.",
            22,
        ),
        (
            "Bupati Cirebon mengirim 35 kuwu mengikuti studi banding ke Kabupaten Gianyar, Bali, Kamis (2/2/2023).",
            35,
        ),
    ],
)
def test_travellers_counted_by_their_title(text: str, count: int) -> None:
    assert _participants(text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        # the region's own village heads, counted as a fact about the host, not as travellers
        "Kabupaten Gianyar memiliki 64 perbekel yang seluruhnya sudah menerapkan aplikasi desa digital.",
        # how long a keuchik serves, not a head count
        "Masa jabatan keuchik kini 8 tahun, kata Kepala Dinas PMG Aceh Barat.",
    ],
)
def test_title_words_that_count_no_travellers(text: str) -> None:
    assert [m.value for m in find_participants(text)] == []
