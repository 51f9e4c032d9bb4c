"""Everything extraction builds on first use, built at once (`warm_up`).

Most patterns are compiled when a rule first asks for them (a builder under functools.cache,
a pattern's needles and leads in `scanning`, an inline `re.search(r"…")` in re's own cache),
and the vocabulary files are read the same way. A long import forks its workers after
`warm_up`: they start with all of it built, instead of each paying for it on the articles
that first reach each rule.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

__all__ = ["warm_up"]

# A report of my own wording that reaches most rules (a programme and its cohort, the body that
# sends it, counted participants, a host receiving them, dates, a dateline, a byline, a second visit)
_SAMPLE_TITLE = "Peserta Pelatihan Kepemimpinan Administrator Angkatan II Studi Lapangan ke Kota Batu"
_SAMPLE = """\
Rabu, 15 Mei 2024 10:15 WIB
Penulis: Rina Kartikasari

Peserta PKA berfoto bersama di Balai Kota Among Tani. (Foto: Dok. BPSDM Jawa Barat)

MALANG – Sebanyak 40 peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II Tahun 2024
Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi Jawa Barat melaksanakan studi lapangan ke
Pemerintah Kota Batu, Jawa Timur, pada Selasa (14/5/2024) hingga Kamis, 16 Mei 2024.

Rombongan yang dipimpin Kepala BPSDM Jawa Barat, Drs. H. Ahmad Sulaeman, M.Si., diterima oleh Wakil Wali
Kota Batu di Balai Kota Among Tani. Rombongan berjumlah 12 orang itu tiba pukul 09.00 WIB. Kunjungan kerja
ini bertujuan untuk mempelajari inovasi pelayanan publik dan tata kelola pemerintahan daerah sebagai
bahan proyek perubahan.

"Kami menyambut baik kedatangan rombongan dari Jawa Barat," ujar Sekretaris Daerah Kota Batu kepada
wartawan, Rabu (15/5). Selain ke Kota Batu, para peserta juga berkunjung ke Dinas Komunikasi dan
Informatika Kabupaten Malang serta RSUD Kanjuruhan pada hari berikutnya. Selama kegiatan, peserta dibagi
dalam tiga kelompok yang masing-masing mengunjungi satu lokus, yaitu Dinas Penanaman Modal dan Pelayanan
Terpadu Satu Pintu, Badan Pendapatan Daerah, dan Kecamatan Junrejo. Peserta dibagi menjadi dua kelompok besar,
masing-masing dua puluh orang. Ketua rombongan, Muhammad Arif Rahman, mengatakan para peserta merupakan
pejabat administrator. "Banyak yang kami pelajari," kata Muhamad Arif Rahman.

Sementara itu, 25 orang peserta Diklat Kepemimpinan Tingkat IV angkatan ke-3 dari Kabupaten Sigi,
Sulawesi Tengah, melakukan benchmarking ke Kabupaten Banyuwangi selama tiga hari, 20-22 Mei 2024.
Kunjungan itu merupakan bagian dari kegiatan Latihan Dasar CPNS golongan III dan Pelatihan Kepemimpinan
Nasional (PKN) Tingkat II Lembaga Administrasi Negara (LAN) RI. Mereka dijadwalkan kembali pada Jumat.

Sebelumnya, DPRD Kabupaten Bantaeng juga melakukan kunjungan kerja ke DPRD Kota Makassar, Senin
(6/5/2024), dan rapat paripurna ditunda. Studi banding tersebut dibiayai APBD sebesar Rp 150 juta.

Editor: Budi Santoso
Copyright © 2024 Kompas.com
"""
# ... and one of an opening ceremony, a header line with the posting time and a training body in brackets
_SAMPLE_OPENING = """\
Gubernur Buka Pelatihan Kepemimpinan Pengawas di Bandung
Kamis, 16 Mei 2024 10:15 WIB
Penulis: Dewi Lestari

BANDUNG – Gubernur Jawa Barat membuka Pelatihan Kepemimpinan Pengawas (PKP)
Angkatan IV di Kampus Badan Pengembangan Sumber Daya Manusia (BPSDM) Jawa Barat, Kecamatan Cimahi Utara.
Pelatihan diikuti 30 peserta dari Dinas Kesehatan dan Badan Pendapatan Daerah. Dalam sambutannya, Muhammad
Arif Rahman menyampaikan bahwa peserta akan melaksanakan benchmarking ke Kabupaten Bantul bulan depan.
Acara dihadiri Kepala Badan Diklat (Badiklat) Kejaksaan RI dan unsur TNI Angkatan Darat. Muhamad Arif Rahman
berharap peserta dapat menyelesaikan proyek perubahan tepat waktu.

Copyright © 2024 Kompas.com. All rights reserved.
"""
_SAMPLE_HTML = (
    "<html><head><title>" + _SAMPLE_TITLE + "</title>"
    '<meta property="article:published_time" content="2024-05-16T10:00:00+07:00">'
    "<script>var page = 1;</script><style>p { margin: 0; }</style></head><body>"
    "<nav><a href='/'>Beranda</a></nav><article><h1>"
    + _SAMPLE_TITLE
    + "</h1>"
    + "".join(f"<p>{p}</p>" for p in _SAMPLE.split("\n\n"))
    + "</article><footer>Copyright &copy; 2024 Kompas.com</footer></body></html>"
)


def _modules() -> list:
    # the rule modules beside this one (not the package itself: it must not import what it offers)
    names = sorted(info.name for info in pkgutil.iter_modules([str(Path(__file__).parent)]))
    return [importlib.import_module(f"{__package__}.{name}") for name in names]


def _patterns(value, depth: int = 0):
    """The compiled patterns in a builder's result (a pattern, or a tuple, list or dict of them)."""
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item, depth + 1)


def warm_up(*, every_gate: bool = True) -> None:
    """Import every rule, call every argument-less builder (patterns, vocabulary files), work out
    the scanning gates of the patterns they and the modules hold, and extract a sample report and
    page (for the patterns built inside rules). Calling it again costs little and changes nothing.

    every_gate=False: a gate (scanning.gate, a pattern's needles and leads, a parse of it) is worked out only
    for the patterns the samples scan with; any other is worked out when a rule first scans with it. Of the
    ~700 patterns the modules and builders hold, the 642 tune reports scan with 77 (the samples reach 33), and
    gating every one cost ~0.4 s of this function's ~1.4 s: what ingest asks for before it forks its workers,
    who wait meanwhile (each then works out the few gates it meets, ~0.6 ms each)."""
    import datetime as dt

    from diklat_cli.extract import scanning
    from diklat_cli.extract.byline import footer_outlet
    from diklat_cli.extract.html import html_to_text
    from diklat_cli.extract.text import clean_text
    from diklat_cli.extract.visits import visits_or_reason

    for module in _modules():
        for value in list(vars(module).values()):
            if getattr(value, "__module__", None) == module.__name__ and hasattr(value, "cache_info"):
                try:
                    takes = inspect.signature(value).parameters
                except (TypeError, ValueError):
                    continue
                if not takes:
                    built = value()
                    if every_gate:
                        for pattern in _patterns(built):
                            scanning.gate(pattern)
    if every_gate:
        for module in _modules():  # module-level patterns (gated as a rule would, ahead of its first article)
            for value in vars(module).values():
                if isinstance(value, re.Pattern):
                    scanning.gate(value)
    page = html_to_text(_SAMPLE_HTML)
    footer_outlet(_SAMPLE_HTML, clean_text(page.text))
    opening = clean_text(_SAMPLE_OPENING)
    for text, title in ((clean_text(_SAMPLE), _SAMPLE_TITLE), (clean_text(page.text), page.title), (opening, None)):
        visits_or_reason(text, published=dt.date(2024, 5, 16), title=title, outlet=None)
        visits_or_reason(text, published=None, title=None, outlet="Kompas.com")
