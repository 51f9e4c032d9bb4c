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


def _lokus(text: str) -> list[list[str]]:
    return [e.visit.host_agencies for e in extract_text(text)]


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
    assert _lokus(text) == [[unit]]


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
    assert all(not unit.isupper() and "(" in unit for units in _lokus(text) for unit in units), _lokus(text)
    assert _lokus(text) and all(_lokus(text))
