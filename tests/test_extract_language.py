"""Articles in another language than Indonesian: the rules read Indonesian only, so a page a
government site translated for foreign readers gives no visit, and says why."""

from __future__ import annotations

from diklat_cli.extract import extract_or_reason
from diklat_cli.extract.language import in_other_language
from diklat_cli.extract.no_visit import NoVisit

# our own sentences, in the shape of a translated humas page
TRANSLATED = """Officials of the Regency Learn from the City

Officials of a regency in the east, led by their regent, called on the city administration on
Friday to learn how it runs its one-stop service. The head of the investment office said the
visit was the third this year, and that the guests were shown the queue system and the online
permit portal. The regent said his officials would take what they had seen at the office back
home, and that the two governments have agreed to exchange staff for a month. The delegation
of twenty officials also visited the public library and the archive before they left for the
airport in the evening.
"""

# an Indonesian report that quotes a sentence in English stays Indonesian
QUOTING = """Sebanyak 30 peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II BPSDM Provinsi
Jambi melaksanakan studi lapangan ke Pemerintah Kota Surabaya, Selasa (12/9/2023). Rombongan
diterima oleh Sekretaris Daerah Kota Surabaya di ruang sidang wali kota. Kepala BPSDM mengutip
semboyan sebuah lembaga asing: "The best way to learn is to see it with your own eyes, and to ask
the people who do the work every day." Peserta kemudian mengunjungi Dinas Kependudukan dan
Pencatatan Sipil untuk mempelajari layanan yang telah diberikan kepada warga.
"""


def test_a_translated_page_gives_no_visit_and_says_it_is_in_another_language():
    assert in_other_language(TRANSLATED)
    assert extract_or_reason(TRANSLATED) is NoVisit.OTHER_LANGUAGE


def test_an_indonesian_report_quoting_english_is_read_as_indonesian():
    assert not in_other_language(QUOTING)
    found = extract_or_reason(QUOTING)
    assert not isinstance(found, NoVisit)
    assert found[0].visit.participants == 30


def test_a_few_english_words_are_too_few_to_name_the_language():
    # a caption or a headline alone: the reason stays the test that found no visit
    caption = "The regent and the guests at the office of the mayor."
    assert not in_other_language(caption)
    assert extract_or_reason(caption) is not NoVisit.OTHER_LANGUAGE


def test_an_indonesian_article_without_a_visit_keeps_its_own_reason():
    opening = (
        "Gubernur membuka Pelatihan Kepemimpinan Pengawas angkatan I di aula BPSDM, Senin. Pelatihan "
        "ini diikuti oleh 40 peserta dari perangkat daerah dan akan berlangsung selama empat bulan."
    )
    assert extract_or_reason(opening) is not NoVisit.OTHER_LANGUAGE
