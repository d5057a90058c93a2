#!/usr/bin/env python3
"""Checks a macOS binary built on Linux, as far as can be done without a Mac.

    scripts/lib/check-macho.py BINARY aarch64|arm64|x86_64

It must be a 64-bit Mach-O executable for that CPU, carry an embedded ad-hoc code signature
on arm64 (Apple silicon kills a binary without a valid one), and a signature must still match the
file: every page hash of its CodeDirectory is recomputed here, so a step after the linker
signed it (stripping, say) cannot have broken it unnoticed. Prints one line; exit 1 on a fault.
"""

import hashlib
import struct
import sys

MH_MAGIC_64 = 0xFEEDFACF
MH_EXECUTE = 2
CPU = {"arm64": 0x0100000C, "aarch64": 0x0100000C, "x86_64": 0x01000007}
LC_CODE_SIGNATURE = 0x1D
CSMAGIC_EMBEDDED_SIGNATURE = 0xFADE0CC0
CSMAGIC_CODEDIRECTORY = 0xFADE0C02
CSSLOT_CODEDIRECTORY = 0
CS_ADHOC = 0x2
HASHES = {1: hashlib.sha1, 2: hashlib.sha256}


def fail(message):
    print(f"check-macho: {sys.argv[1]}: {message}", file=sys.stderr)
    sys.exit(1)


def code_directory(data, dataoff, datasize):
    blob = data[dataoff : dataoff + datasize]
    magic, _length, count = struct.unpack_from(">III", blob, 0)
    if magic != CSMAGIC_EMBEDDED_SIGNATURE:
        fail(f"the signature is not an embedded signature (magic {magic:#x})")
    for i in range(count):
        slot, offset = struct.unpack_from(">II", blob, 12 + 8 * i)
        if slot == CSSLOT_CODEDIRECTORY:
            return blob, offset
    fail("the signature has no CodeDirectory")


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in CPU:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        sys.exit(2)
    path, arch = sys.argv[1], sys.argv[2]
    with open(path, "rb") as f:
        data = f.read()
    magic, cputype, _sub, filetype, ncmds, _size, _flags, _res = struct.unpack_from("<8I", data, 0)
    if magic != MH_MAGIC_64:
        fail("not a 64-bit Mach-O file")
    if cputype != CPU[arch]:
        fail(f"built for CPU type {cputype:#x}, not {arch}")
    if filetype != MH_EXECUTE:
        fail(f"not an executable (file type {filetype})")
    offset, signature = 32, None
    for _ in range(ncmds):
        cmd, cmdsize = struct.unpack_from("<II", data, offset)
        if cmd == LC_CODE_SIGNATURE:
            signature = struct.unpack_from("<II", data, offset + 8)
        offset += cmdsize
    if signature is None:
        if CPU[arch] == CPU["x86_64"]:
            print(f"{path}: Mach-O {arch} executable, unsigned (Intel Macs run it)")
            return
        fail("no code signature (LC_CODE_SIGNATURE): macOS on Apple silicon would not run it")
    blob, cd = code_directory(data, *signature)
    (cd_magic, _len, version, flags, hash_offset, _ident, _n_special, n_code, code_limit,
     hash_size, hash_type, _platform, page_log2) = struct.unpack_from(">9I4B", blob, cd)
    if cd_magic != CSMAGIC_CODEDIRECTORY:
        fail(f"bad CodeDirectory magic {cd_magic:#x}")
    if hash_type not in HASHES:
        fail(f"unknown hash type {hash_type}")
    if code_limit != signature[0]:
        fail(f"the signature covers {code_limit} bytes, but the code ends at {signature[0]}")
    page = 1 << page_log2
    if n_code != (code_limit + page - 1) // page:
        fail(f"{n_code} page hashes for {code_limit} bytes of {page}-byte pages")
    for i in range(n_code):
        want = blob[cd + hash_offset + i * hash_size : cd + hash_offset + (i + 1) * hash_size]
        got = HASHES[hash_type](data[i * page : min((i + 1) * page, code_limit)]).digest()
        if got[:hash_size] != want:
            fail(f"page {i} no longer matches its signed hash: the signature is invalid")
    kind = "ad-hoc" if flags & CS_ADHOC else "signed"
    print(f"{path}: Mach-O {arch} executable, {kind} signature valid "
          f"({n_code} pages, CodeDirectory version {version:#x})")


main()
