//! Valgrind client requests (valgrind.h, memcheck.h): no-ops when not running under Valgrind.

/// Marks `len` bytes at `addr` defined if addressable (the collector reads stack words that
/// memcheck may consider uninitialised).
pub const MAKE_MEM_DEFINED_IF_ADDRESSABLE: usize = 0x4d43_0000 + 11;
/// Announces a stack (`first..second`), so that switching to it is not mistaken for a frame.
pub const STACK_REGISTER: usize = 0x1501;
/// Forgets the stack with id `first`.
pub const STACK_DEREGISTER: usize = 0x1502;

/// Issues a client request with two arguments; returns 0 when not under Valgrind.
pub fn request(code: usize, first: usize, second: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        let args: [usize; 6] = [code, first, second, 0, 0, 0];
        let mut result: usize = 0;
        // SAFETY: Valgrind's client-request preamble: the rotations of rdi add up to a full
        // turn and `xchg rbx, rbx` changes nothing, so natively the sequence has no effect
        // (rdx keeps 0); under Valgrind it reads `args` and writes the result to rdx.
        unsafe {
            std::arch::asm!(
                "rol rdi, 3",
                "rol rdi, 13",
                "rol rdi, 61",
                "rol rdi, 51",
                "xchg rbx, rbx",
                inout("rdx") result,
                in("rax") args.as_ptr(),
                out("rdi") _,
                options(nostack)
            );
        }
        std::hint::black_box(result)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = (code, first, second);
        0
    }
}
