"""How many trainees took part: "30 peserta", "sebanyak 40 orang pejabat", "tiga puluh peserta".

Escorts (pembimbing, widyaiswara, panitia, pendamping) are not participants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from diklat_cli.extract.numbers import COUNT_WORDS_RE, parse_int

_NOT_TRAINEES = (
    r"pembimbing|pendamping|widyaiswara|widya\s*iswara|panitia|pengajar|fasilitator|mentor|coach"
    r"|staf|pegawai\s+BPSDM|kabupaten|kota|provinsi|kecamatan|kelurahan|desa|kelompok|hari|jam|menit"
    r"|tahun|bulan|minggu|persen|lokus|OPD|instansi|angkatan|unit|orang\s+(?:pembimbing|pendamping|widyaiswara|panitia)"
)
_PEOPLE = r"peserta|orang|pejabat|ASN|PNS|pegawai|aparatur|perwira|camat|lurah|kepala|perwakilan|eselon"


@dataclass(frozen=True, slots=True)
class ParticipantMention:
    start: int  # span of the number
    end: int
    value: int
    strong: bool  # "N peserta" / "diikuti N" rather than a bare "N orang"


@cache
def _patterns() -> list[tuple[re.Pattern, bool, re.Pattern | None]]:
    """(pattern, strong, a word every match holds): many articles never say "orang", and a
    quick search for the word (same flags, so the same letters match) spares the scan for a
    number at every word."""
    number = rf"(\d{{1,4}}|{COUNT_WORDS_RE})"
    flags = re.IGNORECASE
    return [
        # "30 peserta", "40 orang peserta", "tiga puluh peserta"
        (re.compile(rf"(?<![\w.,/])(?<!salah\s){number}\s+(?:orang\s+)?peserta\b", flags), True, None),
        # "sebanyak 40 pejabat", "Sebanyak 37 orang perwakilan Lurah", "diikuti oleh 45 orang"
        (
            re.compile(
                rf"\b(?:sebanyak|diikuti(?:\s+oleh)?(?:\s+sebanyak)?|berjumlah|total|jumlahnya)\s+{number}\s+"
                rf"(?!(?:{_NOT_TRAINEES})\b)(?:{_PEOPLE})\b",
                flags,
            ),
            True,
            None,
        ),
        # "peserta … berjumlah 37 orang", "jumlah peserta … ada 25 orang"
        (re.compile(rf"(?<![\w.,/]){number}\s+orang\b(?!\s+(?:{_NOT_TRAINEES})\b)", flags), False,
         re.compile("orang", flags)),
    ]


def find_participants(text: str) -> list[ParticipantMention]:
    found: dict[int, ParticipantMention] = {}
    for pattern, strong, needle in _patterns():
        if needle is not None and not needle.search(text):
            continue
        for m in pattern.finditer(text):
            value = parse_int(m.group(1))
            if value is None or not 1 <= value <= 5000:
                continue
            if m.start(1) not in found or strong and not found[m.start(1)].strong:
                found[m.start(1)] = ParticipantMention(m.start(1), m.end(1), value, strong)
    return sorted(found.values(), key=lambda p: p.start)
