#!/usr/bin/env python3
"""Encode Unicode HTML into the legacy 8-bit Vietnamese *font* encodings used by
pre-Unicode Vietnamese web sites: TCVN3 (ABC, fonts .VnTime/.VnTimeH) and VNI-Windows
(VNI-Times). Used to build corpus/cleaning/tcvn3_*.html and vni_*.html.

Source of truth for the tables: TCVN 5712:1993, table VN3 (the 8-bit "ABC" font
encoding: precomposed lowercase letters in 0xA8-0xFE, the seven uppercase base
letters Ă Â Ê Ô Ơ Ư Đ in 0xA1-0xA7; toned capitals exist only in the capitals
font .VnTimeH, which reuses the lowercase codes) and the VNI-Windows font
encoding of VNI Software (base letter followed by one mark byte; i-with-tone,
ơ, ư, đ, ỵ as single bytes). Both were cross-checked against the tables of two
public converters (lamdao/xvnkb vni.h, duydev/vietnamese-conversion charsets.ts);
the tables below were written out for this project, not copied.

Usage: python3 vn_legacy.py tcvn3|vni < page-unicode.html > page.bin
"""
import re, sys, unicodedata

# ---- TCVN3 (VN3) --------------------------------------------------------------
_T3_ROWS = {
    # base:    plain  grave  hook   tilde  acute  dot
    'a': ('a', 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    'ă': (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    'â': (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    'e': ('e', 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    'ê': (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    'i': ('i', 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    'o': ('o', 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    'ô': (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    'ơ': (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    'u': ('u', 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    'ư': (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    'y': ('y', 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']  # order of the rows above
TCVN3 = {'đ': 0xAE, 'Ă': 0xA1, 'Â': 0xA2, 'Ê': 0xA3, 'Ô': 0xA4, 'Ơ': 0xA5, 'Ư': 0xA6, 'Đ': 0xA7}
for base, codes in _T3_ROWS.items():
    for tone, code in zip(_TONES, codes):
        if isinstance(code, int):
            TCVN3[unicodedata.normalize('NFC', base + tone)] = code


def _tcvn3_char(ch, in_text, upper_font):
    if ord(ch) < 128:
        return ch.encode('ascii')
    if ch in TCVN3:
        return bytes([TCVN3[ch]])
    low = ch.lower()
    if low in TCVN3:  # toned capital: only the capitals font has it, at the lowercase code
        b = bytes([TCVN3[low]])
        return (b'<font face="' + upper_font.encode() + b'">' + b + b'</font>') if in_text and upper_font else b
    return ch.encode('cp1252')  # punctuation such as en dash, as the page would carry it


def encode_tcvn3(html, upper_font='.VnTimeH'):
    """Encode markup: characters inside tags and <title> are encoded without font switching."""
    out = bytearray()
    for part in re.split(r'(<title>.*?</title>|<[^>]*>)', html, flags=re.S):
        in_text = not part.startswith('<')
        for ch in part:
            out += _tcvn3_char(ch, in_text, upper_font)
    return bytes(out)


# ---- VNI-Windows --------------------------------------------------------------
_VNI_TONE = {'\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï'}
_VNI_CIRC_TONE = {'': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä'}
_VNI_BREVE_TONE = {'': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë'}
_VNI_I = {'\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò'}


def _vni_char(ch):
    if ord(ch) < 128:
        return ch
    if ch in 'đĐ':
        return 'ñ' if ch == 'đ' else 'Ñ'
    nfd = unicodedata.normalize('NFD', ch)
    base, marks = nfd[0], nfd[1:]
    if base.lower() not in 'aeiouy' or not marks:
        return ch  # not a Vietnamese letter: keep (encoded as cp1252 below)
    up = base.isupper()
    fix = (lambda s: s.upper()) if up else (lambda s: s)
    tone = next((m for m in marks if m in _VNI_TONE), '')
    if '\u031b' in marks:  # horn: ơ ư are single bytes
        head = fix('ô' if base.lower() == 'o' else 'ö')
        return head + (fix(_VNI_TONE[tone]) if tone else '')
    if '\u0302' in marks:
        return base + fix(_VNI_CIRC_TONE[tone])
    if '\u0306' in marks:
        return base + fix(_VNI_BREVE_TONE[tone])
    if base.lower() == 'i':
        return fix(_VNI_I[tone])
    if base.lower() == 'y' and tone == '\u0323':
        return fix('î')
    return base + fix(_VNI_TONE[tone])


def encode_vni(html):
    return ''.join(_vni_char(c) for c in html).encode('cp1252')


if __name__ == '__main__':
    enc = {'tcvn3': encode_tcvn3, 'vni': encode_vni}[sys.argv[1]]
    sys.stdout.buffer.write(enc(sys.stdin.read()))
