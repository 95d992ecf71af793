# platform and the version facts of sys: what programs check before choosing a code path.
import os
import platform
import sys

print(platform.system(), platform.python_implementation(), platform.python_version())
print(platform.python_version_tuple(), platform.machine() == os.uname().machine)
print(platform.node() == os.uname().nodename, platform.release() == os.uname().release)
print(platform.version() == os.uname().version, repr(platform.processor()))
u = platform.uname()
print(type(u).__name__, len(u), u.system, u[0], u.processor == u[5], tuple(u)[:1])
print(repr(u).startswith("uname_result(system='Linux', node="), "processor" in repr(u))
print(platform.platform().startswith("Linux-"), platform.platform(terse=True) == platform.platform())
print(platform.architecture(), platform.libc_ver()[0])

print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info[:2])
print(sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel, sys.version_info.serial)
print(repr(sys.version_info)[:40])
major, minor, micro, level, serial = sys.version_info
print(major, minor, level, serial, isinstance(sys.version_info, tuple))
print(sys.version.startswith(platform.python_version() + " ("), sys.hexversion >> 16 == 0x30B)
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version == sys.version_info)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info)
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width, hash(float("inf")) == sys.hash_info.inf)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff", sys.maxsize == 2**63 - 1)
print(sys.flags.optimize, sys.flags.debug, sys.flags.isolated, type(sys.flags).__name__)
print(sys.intern("name"), sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(os.path.isabs(sys.executable), isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
print(sys.platform, sys.byteorder, sys.api_version, sys.copyright.splitlines()[0])
if sys.version_info >= (3, 11):
    print("3.11 features available")
try:
    sys.intern(3)
except TypeError as e:
    print(e)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("read-only:", type(e).__name__)
