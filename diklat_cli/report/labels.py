"""Every word the report shows, in Indonesian and English, in one place.

Kept inside the package until diklat has a project-wide catalogue of messages; `label()` is the
only way in, so moving the table later changes one import.
"""

from __future__ import annotations

LANGS = ("id", "en")

# key -> (Indonesian, English)
_LABELS: dict[str, tuple[str, str]] = {
    "report_title": ("Laporan kunjungan diklat", "Training visits report"),
    "generated": ("Dibuat", "Generated"),
    "filters": ("Filter", "Filters"),
    "no_filters": ("tanpa filter (semua kunjungan)", "none (all visits)"),
    "summary": ("Ringkasan", "Summary"),
    "visits": ("Kunjungan", "Visits"),
    "participants": ("Peserta", "Participants"),
    "participants_note": ("peserta yang jumlahnya disebut berita", "participants where the report gives a number"),
    "period": ("Periode", "Period"),
    "origins": ("Provinsi asal", "Origin provinces"),
    "destinations": ("Provinsi tujuan", "Destination provinces"),
    "programs": ("Program pelatihan", "Training programmes"),
    "host_agencies": ("Instansi tuan rumah", "Host agencies"),
    "no_visits": ("Tidak ada kunjungan.", "No visits."),
    # the stats tables, by their key in `diklat stats --json`
    "table_destination": ("Kunjungan per provinsi tujuan", "Visits by destination province"),
    "table_origin": ("Kunjungan per provinsi asal", "Visits by origin province"),
    "table_year": ("Kunjungan per tahun", "Visits by year"),
    "table_program": ("Kunjungan per program pelatihan", "Visits by training programme"),
    "table_hosts": ("Instansi tuan rumah paling sering dikunjungi", "Most visited host agencies"),
    "table_matrix": ("Kunjungan dari provinsi asal (baris) ke provinsi tujuan (kolom)",
                     "Visits from origin province (rows) to destination province (columns)"),
    "map_title": ("Peta arus kunjungan: asal → tujuan", "Map of visit flows: origin → destination"),
    "map_note": ("Garis dari provinsi asal ke provinsi tujuan, tebal sesuai jumlah kunjungan; lingkaran "
                 "di provinsi tujuan sebesar kunjungan yang diterima. Titik = ibu kota provinsi.",
                 "Lines run from origin to destination province, thicker for more visits; circles at "
                 "destinations are sized by visits received. Points are provincial capitals."),
    "map_not_drawn": ("{n} kunjungan tanpa provinsi yang diketahui tidak tampak di peta.",
                      "{n} visits with an unknown province are not on the map."),
    "map_top_flows": ("Tampil {n} arus terbesar dari {total}; semua ada di tabel asal-tujuan.",
                      "The {n} largest of {total} flows are drawn; the origin-destination table has them all."),
    "map_attribution": ("Garis pantai: Natural Earth. Posisi provinsi: GeoNames (CC BY 4.0).",
                        "Coastlines: Natural Earth. Province positions: GeoNames (CC BY 4.0)."),
    "within_province": ("dalam provinsi", "within the province"),
    "received": ("kunjungan diterima", "visits received"),
    "others": ("{n} lainnya tidak ditampilkan", "{n} more not shown"),
    "show_table": ("Tabel ({n} baris)", "Table ({n} rows)"),
    "visits_table": ("Daftar kunjungan", "List of visits"),
    "visits_shown": ("{n} kunjungan", "{n} visits"),
    "source": ("Sumber", "Source"),
    # column headings, by the stats tables' column names and the report's own
    "col_province": ("provinsi", "province"),
    "col_visits": ("kunjungan", "visits"),
    "col_participants": ("peserta", "participants"),
    "col_year": ("tahun", "year"),
    "col_program": ("program", "programme"),
    "col_host agency": ("instansi tuan rumah", "host agency"),
    "col_destination": ("tujuan", "destination"),
    "col_origin": ("asal", "origin"),
    "col_date": ("tanggal", "date"),
    "col_cohort": ("angkatan", "cohort"),
    "col_hosts": ("instansi dikunjungi", "agencies visited"),
    "col_source": ("sumber", "source"),
    # sheet names: at most 31 characters, none of []:*?/\
    "sheet_summary": ("ringkasan", "summary"),
    "sheet_destination": ("per tujuan", "by destination"),
    "sheet_origin": ("per asal", "by origin"),
    "sheet_year": ("per tahun", "by year"),
    "sheet_program": ("per program", "by programme"),
    "sheet_hosts": ("instansi tuan rumah", "top host agencies"),
    "sheet_matrix": ("asal-tujuan", "origin-destination"),
    "sheet_visits": ("kunjungan", "visits"),
    # values stats.py writes for a missing province or year, and for national bodies
    "unknown": ("tidak diketahui", "unknown"),
    "national": ("nasional", "national"),
}  # fmt: skip


def label(key: str, lang: str, **values: object) -> str:
    """The text of `key` in `lang` ("id" or "en"), with {placeholders} filled from `values`."""
    if lang not in LANGS:
        raise ValueError(f"unknown report language {lang!r} (expected one of {', '.join(LANGS)})")
    text = _LABELS[key][LANGS.index(lang)]
    return text.format(**values) if values else text


def column(name: str, lang: str) -> str:
    """A column heading; a name with no translation is shown as it is."""
    key = f"col_{name}"
    return label(key, lang) if key in _LABELS else name


def value(cell: object, lang: str) -> object:
    """A stats cell as shown: the "unknown" / "national" markers translated, the rest as is."""
    if cell == "unknown" or cell == "national":
        return label(str(cell), lang)
    return cell
