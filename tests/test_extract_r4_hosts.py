"""Widenings of r4-hosts, written blind to the corpus: sentences of our own in other wordings."""

from __future__ import annotations

from datetime import date

import pytest

from diklat_cli.extract.abroad import find_stops
from diklat_cli.extract.byline import find_byline


def _countries(text: str) -> list[str]:
    return [s.written for s in find_stops(text)]


# ---------------------------------------------------------------- 1. any country, in any of its spellings
# A trip abroad names its country as Indonesian news writes it: one word or two ("Hongkong", "Hong Kong"),
# with a hyphen ("Timor-Leste"), in the English order ("Saudi Arabia"), and countries beyond the usual few
# (Nepal, Iran, Kuwait, Oman, Ceko, Kroasia, Rumania, Ukraina, Kenya, Peru, Chile, Kuba, Mongolia …).
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sebanyak 20 peserta PKN II berangkat studi banding ke Hongkong pekan depan.", "Hongkong"),
        ("Rombongan DPRD Kabupaten Belu melakukan kunjungan kerja ke Timor-Leste, Senin.", "Timor-Leste"),
        ("Para kepala desa berangkat studi banding ke Nepal untuk belajar desa wisata.", "Nepal"),
        ("Peserta PPRA bertolak ke Kroasia untuk Studi Strategis Luar Negeri.", "Kroasia"),
        ("Sebanyak 15 petani berangkat belajar ke Kenya selama sepekan.", "Kenya"),
        ("Delegasi Lemhannas berangkat studi banding ke Saudi Arabia, Minggu.", "Saudi Arabia"),
        ("Peserta diberangkatkan ke Viet Nam untuk studi banding pengelolaan pelabuhan.", "Viet Nam"),
    ],
)
def test_any_country_gone_to(text: str, country: str) -> None:
    assert _countries(text) == [country]


@pytest.mark.parametrize(
    "text",
    [
        # a country named but not gone to
        "Produk kopi Kabupaten Jember diekspor ke Nepal dan Kenya setiap tahun.",
        "Bupati bercerita tentang pengalamannya menonton sepak bola Kroasia di televisi.",
    ],
)
def test_any_country_near_misses(text: str) -> None:
    assert _countries(text) == []


# ---------------------------------------------------------------- 2. any verb of being at the place abroad
# A report tells the group at the country by any verb of staying or stopping there ("singgah di", "mendarat
# di", "tinggal di", "magang di", "menyinggahi", "melawat ke"), not only "berada/tiba/belajar di".
@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 12 kepala desa studi banding dan sempat singgah di Malaysia sebelum pulang.",
        "Rombongan studi banding mendarat di Jepang pada Senin pagi.",
        "Selama studi banding, para peserta tinggal di Korea Selatan selama lima hari.",
        "Para peserta studi banding menyinggahi Singapura dalam perjalanan pulang.",
        "Sebanyak 10 penyuluh pertanian magang di Jepang selama tiga bulan untuk belajar pertanian modern.",
    ],
)
def test_any_verb_of_being_abroad(text: str) -> None:
    assert len(_countries(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Kapal ikan itu singgah di Malaysia sebelum kembali ke pelabuhan.",
        "Anak bupati itu kini tinggal di Jepang bersama keluarganya.",
    ],
)
def test_being_abroad_near_misses(text: str) -> None:
    assert _countries(text) == []


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


# ---------------------------------------------------------------- 4. heads who came, by any verb of visiting
# A host's report says the heads counted came by any verb of visiting: bertandang, berkunjung, and as often
# bertamu, bersilaturahmi, silaturahmi/silaturahim, singgah, anjangsana, sowan.
def _visitors(text: str) -> tuple[bool, list[str] | None]:
    from diklat_cli.extract.place_roles import resolved_places
    from diklat_cli.extract.sentences import sentence_spans
    from diklat_cli.extract.visitors import find_visitors, visitors_came

    resolved = resolved_places(text)
    dest = next((p.region for p in resolved if "Banyuwangi" in p.region.name), None)
    found = find_visitors(text, sentence_spans(text), resolved, dest)
    return visitors_came(text), (found and [m.name for m in found.members])


_THREE = ["Kabupaten Sleman", "Kabupaten Bantul", "Kabupaten Klaten"]
_THEY = " Mereka adalah Bupati Sleman, Bupati Bantul dan Bupati Klaten."


@pytest.mark.parametrize(
    "opening",
    [
        "Tiga kepala daerah bertamu ke Banyuwangi.",
        "Tiga kepala daerah bersilaturahmi ke Pemkab Banyuwangi, Senin.",
        "Tiga kepala daerah singgah di Banyuwangi untuk belajar pelayanan publik.",
        "Tiga kepala daerah melakukan anjangsana ke Banyuwangi.",
        "Tiga kepala daerah sowan ke Bupati Banyuwangi.",
    ],
)
def test_heads_came_by_any_verb_of_visiting(opening: str) -> None:
    assert _visitors(opening + _THEY) == (True, _THREE)


@pytest.mark.parametrize(
    "opening",
    [
        "Tiga kepala daerah menandatangani kesepakatan bersama.",
        "Tiga kepala daerah berbicara dalam webinar nasional.",
    ],
)
def test_heads_came_near_misses(opening: str) -> None:
    assert _visitors(opening + _THEY)[1] is None


# ---------------------------------------------------------------- 5. heads received, under any name of the visit
# "menerima kunjungan Bupati A dan Bupati B": the visit by any of its names (kunjungan kerja, lawatan,
# silaturahmi), the guests by any name of their group (rombongan, delegasi, tim), a head by any title of
# holding the office (Pj, Plt, Penjabat).
@pytest.mark.parametrize(
    "text",
    [
        "Pemkab Banyuwangi menerima lawatan Bupati Sleman dan Bupati Bantul pada Senin.",
        "Pemkab Banyuwangi menyambut kedatangan rombongan Bupati Sleman dan Bupati Bantul pada Senin.",
        "Pemkab Banyuwangi menerima kunjungan kerja rombongan Bupati Sleman dan Bupati Bantul pada Senin.",
        "Pemkab Banyuwangi menerima kunjungan Pj Bupati Sleman dan Plt Bupati Bantul pada Senin.",
        "Pemkab Banyuwangi dikunjungi delegasi Bupati Sleman dan Bupati Bantul pada Senin.",
    ],
)
def test_heads_received_under_any_name(text: str) -> None:
    assert _visitors(text)[1] == ["Kabupaten Sleman", "Kabupaten Bantul"]


@pytest.mark.parametrize(
    "text",
    [
        "Pemkab Banyuwangi menyambut baik usulan Bupati Sleman dan Bupati Bantul pada Senin.",
        "Pemkab Banyuwangi menerima surat tim Bupati Sleman dan Bupati Bantul pada Senin.",
    ],
)
def test_heads_received_near_misses(text: str) -> None:
    assert _visitors(text)[1] is None


# ---------------------------------------------------------------- 6. any word opening or counting the list of guests
# The guests' list opens with any word of listing (seperti, antara lain, and as often meliputi, termasuk,
# contohnya, semisal, sebut saja) and the guests are counted or quantified by any word of many (para,
# sejumlah, puluhan, and belasan, ratusan, seluruh, semua, segenap).
@pytest.mark.parametrize(
    "text",
    [
        "Ratusan tamu datang dari berbagai daerah, meliputi Kabupaten Sleman, Kabupaten Bantul dan Kabupaten"
        " Klaten, untuk studi banding ke Banyuwangi.",
        "Pemkab Banyuwangi kedatangan tamu dari berbagai daerah, termasuk Kabupaten Sleman, Kabupaten Bantul dan"
        " Kabupaten Klaten.",
        "Pemkab Banyuwangi kedatangan tamu dari berbagai daerah, sebut saja Kabupaten Sleman, Kabupaten Bantul dan"
        " Kabupaten Klaten.",
        "Belasan kepala daerah berkunjung ke Banyuwangi." + _THEY,
        "Seluruh kepala daerah itu datang ke Banyuwangi." + _THEY,
    ],
)
def test_guests_listed_by_any_word(text: str) -> None:
    assert _visitors(text)[1] == _THREE


@pytest.mark.parametrize(
    "text",
    [
        "Peserta datang dari berbagai daerah, meliputi Kabupaten Sleman, Kabupaten Bantul dan Kabupaten Klaten.",
        "Program itu sudah ditiru berbagai daerah, termasuk Kabupaten Sleman, Kabupaten Bantul dan Kabupaten Klaten.",
    ],
)
def test_guests_listed_near_misses(text: str) -> None:
    assert _visitors(text)[1] is None


# ---------------------------------------------------------------- 7. a list counted in words, any ordinal
# "… mengunjungi tiga desa, yakni pertama Desa A. Kedua Desa B. …": the list opens with any word of listing
# (or "Yang pertama adalah") and goes on under any ordinal (keenam, ke-6) or word of going on (berikutnya,
# setelah itu), each in a sentence of its own.
def _units(text: str) -> list[str]:
    from diklat_cli.extract import places
    from diklat_cli.extract.hosts import find_host_agencies
    from diklat_cli.extract.sentences import sentence_spans

    dest = places.resolve(places.find_places("Kabupaten Banyuwangi")[0])
    return [name for name, _, _ in find_host_agencies(text, sentence_spans(text), dest, None)]


_VILLAGES = ["Desa Kemiren", "Desa Tamansari", "Desa Gombengsari"]


@pytest.mark.parametrize(
    "text",
    [
        "Peserta studi banding mengunjungi enam desa, yaitu pertama Desa Kemiren. Kedua Desa Tamansari. Keenam"
        " Desa Gombengsari.",
        "Peserta studi banding mengunjungi tiga desa, di antaranya pertama Desa Kemiren. Kedua Desa Tamansari."
        " Ketiga Desa Gombengsari.",
        "Peserta studi banding mengunjungi tiga desa, meliputi pertama Desa Kemiren. Kedua Desa Tamansari. Ketiga"
        " Desa Gombengsari.",
        "Peserta studi banding mengunjungi tiga desa, yaitu pertama Desa Kemiren. Berikutnya Desa Tamansari."
        " Setelah itu Desa Gombengsari.",
        "Peserta studi banding mengunjungi tiga desa, yaitu pertama Desa Kemiren. Ke-2 Desa Tamansari. Ke-3 Desa"
        " Gombengsari.",
    ],
)
def test_counted_list_any_ordinal(text: str) -> None:
    assert _units(text) == _VILLAGES


@pytest.mark.parametrize(
    "text",
    [
        "Desa Kemiren menjadi juara lomba. Kedua Desa Tamansari. Ketiga Desa Gombengsari.",
        "Lomba itu diikuti banyak desa. Yang pertama mendaftar Desa Kemiren. Berikutnya Desa Tamansari.",
    ],
)
def test_counted_list_near_misses(text: str) -> None:
    # (no list opened: an ordinal alone carries no unit into it)
    assert "Desa Tamansari" not in _units(text)


# ---------------------------------------------------------------- 8. units chained by any word of joining
# Units joined in one phrase share its preposition and region ("di Dinas A dan Dinas B Kabupaten X"); a report
# joins them by any word of joining or going on: dan, serta, kemudian, and as often maupun, beserta, juga,
# selanjutnya, berikutnya, disusul, setelah itu, sampai dengan, "dan juga".
_TWO = ["Dinas Pariwisata", "Dinas Perikanan"]


@pytest.mark.parametrize(
    "link",
    [
        " maupun",
        ", selanjutnya",
        " beserta",
        ", dan juga",
        " sampai dengan",
        ", berikutnya",
        ", disusul",
        ", setelah itu",
    ],
)
def test_units_chained_by_any_link(link: str) -> None:
    text = f"Peserta berdiskusi di Dinas Pariwisata{link} Dinas Perikanan Kabupaten Banyuwangi."
    assert _units(text) == _TWO


@pytest.mark.parametrize(
    "text",
    [
        "Peserta berdiskusi dengan Dinas Pariwisata maupun Dinas Perikanan Kabupaten Banyuwangi.",
        "Peserta berdiskusi di Dinas Pariwisata tentang tugas Dinas Perikanan Kabupaten Banyuwangi.",
    ],
)
def test_units_chained_near_misses(text: str) -> None:
    assert _units(text) != _TWO


# ---------------------------------------------------------------- 9. a photo caption by any credit
# A caption above the headline ends with its photo's credit: after a slash, in brackets or after the
# caption's full stop, by any name of a press office or source (prokopim, diskominfo, sumber, doc, tangkapan
# layar, screenshot, ilustrasi, "Foto: Humas").
_HEADLINE = "Peserta PKA Belajar ke Kota Kupang"


@pytest.mark.parametrize(
    "caption",
    [
        "Para peserta saat berkunjung ke kantor wali kota/Prokopim",
        "Para peserta saat berkunjung ke kantor wali kota/Diskominfo Kupang",
        "Para peserta saat berkunjung ke kantor wali kota (Sumber: Humas Pemkot)",
        "Para peserta saat berkunjung ke kantor wali kota (tangkapan layar)",
        "Para peserta berfoto bersama di depan kantor wali kota. Foto: Humas Pemkot",
        "Suasana diskusi peserta dengan jajaran pemkot. Doc",
    ],
)
def test_caption_by_any_credit(caption: str) -> None:
    text = caption + f"\n{_HEADLINE}\nKUPANG - Peserta tiba.\n"
    assert find_byline(text).title is not None and find_byline(text).title.value == _HEADLINE


@pytest.mark.parametrize(
    "headline",
    ["Peserta PKA Belajar Layanan Diskominfo Kupang", "Peserta PKA Belajar Pengelolaan Sumber Air di Kupang"],
)
def test_caption_near_misses(headline: str) -> None:
    text = headline + "\nKUPANG - Peserta tiba.\n"
    assert find_byline(text).title is not None and find_byline(text).title.value == headline


# ---------------------------------------------------------------- 10. countries counted, then listed, in any words
# "studi banding ke tiga negara, yaitu A, B dan C": the countries counted by any number up to ten, gone to by
# any verb (mengunjungi, singgahi), the list opened by any word of listing (seperti, masing-masing, adalah).
_TRIO = ["Turki", "Yunani", "India"]


@pytest.mark.parametrize(
    "text",
    [
        "Para peserta studi banding ke tiga negara, seperti Turki, Yunani, dan India.",
        "Ada sepuluh negara yang mereka datangi, yakni Turki, Yunani, dan India.",
        "Peserta studi banding ke tiga negara, masing-masing Turki, Yunani, dan India.",
        "Ada tiga negara yang mereka singgahi, yaitu Turki, Yunani, dan India.",
        "Peserta mengunjungi tiga negara, yakni Turki, Yunani, dan India.",
        "Peserta studi banding ke tiga negara tujuan, adalah Turki, Yunani, dan India.",
    ],
)
def test_countries_counted_then_listed(text: str) -> None:
    assert _countries(text) == _TRIO


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia bersama dua negara lain, yaitu Turki dan India, menandatangani kesepakatan.",
        "Produk kerajinan itu diekspor ke tiga negara, seperti Turki, Yunani, dan India.",
    ],
)
def test_countries_counted_near_misses(text: str) -> None:
    assert _countries(text) == []


# ---------------------------------------------------------------- 11. a trip told by any verb of travelling
# The sentence naming the country must tell a trip; reporters tell it by any verb of travelling or visiting:
# berangkat, mengunjungi, and as often menyambangi, bertandang, melawat, lawatan, terbang, menjelajahi.
@pytest.mark.parametrize(
    "text",
    [
        "Para kepala desa menyambangi sejumlah negara, di antaranya Turki, Yunani, dan India.",
        "Sebanyak 12 kepala desa bertandang ke Jepang pekan lalu.",
        "Sebanyak 12 kepala desa melawat ke Jepang pekan lalu.",
        "Sebanyak 12 kepala desa terbang ke Jepang, Senin.",
        "Rombongan kepala desa singgah di Singapura dalam lawatan mereka.",
    ],
)
def test_trip_by_any_verb_of_travelling(text: str) -> None:
    assert _countries(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harga kedelai impor dari Amerika Serikat terus naik.",
        "Sebanyak 12 kepala desa menonton pertandingan Jepang di televisi.",
    ],
)
def test_trip_by_any_verb_near_misses(text: str) -> None:
    assert _countries(text) == []


# ---------------------------------------------------------------- 12. what a host does, listed under any name
# "Program inovatif tersebut antara lain A, Kampung B": names of what the host does, not units the group went
# to; a report names them program, inovasi, and as often terobosan, gerakan, kebijakan, "inovasi-inovasi",
# "program prioritas yang dipaparkan".
_LEAD = "Peserta studi banding belajar di Banyuwangi. "


@pytest.mark.parametrize(
    "listed",
    [
        "Terobosan tersebut antara lain Desa Cerdas, Kampung KB dan Dinas Jemput Bola.",
        "Gerakan unggulan itu di antaranya Desa Cerdas dan Kampung KB.",
        "Inovasi-inovasi itu antara lain Desa Cerdas dan Kampung KB.",
        "Program prioritas yang dipaparkan antara lain Desa Cerdas dan Kampung KB.",
        "Kebijakan strategis tersebut meliputi Desa Cerdas dan Kampung KB.",
    ],
)
def test_doings_listed_are_no_units(listed: str) -> None:
    assert _units(_LEAD + listed) == []


@pytest.mark.parametrize(
    "listed",
    [
        "Lokasi yang dikunjungi antara lain Desa Cerdas dan Kampung KB.",
        "Peserta juga mengunjungi Desa Cerdas dan Kampung KB.",
    ],
)
def test_doings_listed_near_misses(listed: str) -> None:
    assert _units(_LEAD + listed) == ["Desa Cerdas", "Kampung KB"]


# ---------------------------------------------------------------- 13. the visiting bodies counted under any name
# "tercatat 15 daerah melakukan studi banding ke X, di antaranya …": the visiting bodies counted under any
# name of a region's government (pemkab, pemkot, pemprov, pemerintah kabupaten), an agency (instansi,
# lembaga) or "kabupaten/kota".
@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Tercatat sejumlah pemkab melakukan studi banding ke Banyuwangi, antara lain Kabupaten Sleman, Kabupaten"
            " Bantul dan Kabupaten Klaten.",
            _THREE,
        ),
        (
            "Tercatat 15 pemerintah kabupaten melakukan studi banding ke Banyuwangi, di antaranya Kabupaten Sleman,"
            " Kabupaten Bantul dan Kabupaten Klaten.",
            _THREE,
        ),
        (
            "Tercatat 15 instansi melakukan studi banding ke Banyuwangi, di antaranya Kabupaten Sleman, Kabupaten"
            " Bantul dan Kabupaten Klaten.",
            _THREE,
        ),
        (
            "Tercatat 15 pemkot melakukan studi banding ke Banyuwangi, di antaranya Kota Yogyakarta, Kota Magelang"
            " dan Kota Surakarta.",
            ["Kota Yogyakarta", "Kota Magelang", "Kota Surakarta"],
        ),
        (
            "Tercatat 15 pemprov melakukan studi banding ke Banyuwangi, di antaranya Provinsi Bali, Provinsi Aceh"
            " dan Provinsi Riau.",
            ["Provinsi Bali", "Provinsi Aceh", "Provinsi Riau"],
        ),
    ],
)
def test_visiting_bodies_counted_under_any_name(text: str, members: list[str]) -> None:
    assert _visitors(text)[1] == members


@pytest.mark.parametrize(
    "text",
    [
        "Sejumlah instansi, antara lain Kabupaten Sleman dan Kabupaten Bantul, menandatangani kesepakatan.",
        "Program itu sudah ditiru sejumlah pemkab, antara lain Kabupaten Sleman dan Kabupaten Bantul.",
    ],
)
def test_visiting_bodies_near_misses(text: str) -> None:
    assert _visitors(text)[1] is None
