//! Codegen: closc's IR to Cranelift IR, compiled into one object file for the host.
//!
//! Every IR function becomes a native function `fn(func, args) -> value`; a C `main` fills the
//! constant table, makes the code objects, runs the module body and hands its result to the
//! runtime's `rt_finish`. Every call into the runtime goes through `FunctionCx::call_rt`, and a
//! null result from an operation that can raise branches to the innermost handler.

use crate::ir::{self, Cond, Const, Op, Operand, Stmt};
use crate::unboxed;

mod int_clone;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F64, I32, I64};
use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, FuncRef, Function, GlobalValue, GlobalValueData, InstBuilder,
    MemFlagsData, StackSlot, StackSlotData, StackSlotKind, Value,
};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use std::collections::HashMap;

/// Byte offsets of object fields that generated code reads (docs/runtime-abi.md).
const CELL_VALUE: i32 = 8;
const TUPLE_LEN: i32 = 8;
const TUPLE_ITEMS: i32 = 16;
const LIST_LEN: i32 = 8;
const LIST_DATA: i32 = 16;
const FUNCTION_ENTRY: i32 = 8;
const FUNCTION_DIRECT_ARITY: i32 = 16;
const FUNCTION_CODE: i32 = 24;
const FUNCTION_DEFAULTS: i32 = 32;
const FUNCTION_EXTRAS: i32 = 40;
const FUNCTION_NCELLS: i32 = 48;
const FUNCTION_CELLS: i32 = 56;
/// Functions closing over at most this many variables are allocated inline.
const MAX_INLINE_CLOSURE: usize = 8;
const CODE_ENTRY: i32 = 24;
const CODE_DIRECT_ARITY: i32 = 88;
const KIND_CELL: i64 = 13;
/// A function with at most this many parameter slots takes them in registers:
/// `fn(func, slot0, ..., slotN-1)`; one with more takes `fn(func, slots)` (the runtime's
/// `MAX_REGISTER_SLOTS`).
const MAX_REGISTER_SLOTS: usize = 6;
/// Header kinds and fields of the objects whose fast paths are inline.
const KIND_FLOAT: i64 = 4;
const KIND_TUPLE: i64 = 6;
const KIND_LIST: i64 = 7;
const FLOAT_VALUE: i32 = 8;
const KIND_FUNCTION: i64 = 15;
const KIND_INSTANCE: i64 = 19;
/// What the runtime subtracts from `closc_frames_left` while a collection is pending.
const FRAMES_LEFT_TRAP: i64 = 1 << 48;
/// Offsets in an allocator's fast state (`closc_fast_states`): the block, the bitmap word's
/// free cells, and the offset of the word's first cell in the block; and its size.
const FAST_BLOCK: i32 = 0;
const FAST_FREE: i32 = 16;
const FAST_OFFSET: i32 = 24;
const FAST_STATE_SIZE: usize = 40;
/// Tuples of at most this many items are allocated inline.
const MAX_INLINE_TUPLE: usize = 4;
const KIND_STR: i64 = 5;
/// A str's length in code points.
const STR_NCHARS: i32 = 16;
const KIND_SEQ_ITERATOR: i64 = 22;
/// A list, tuple, str or `__getitem__` iterator: the sequence, the next index (or the
/// number of items left, reversed) and whether it is reversed (a byte).
const SEQ_ITERATOR_SEQUENCE: i32 = 8;
const SEQ_ITERATOR_POSITION: i32 = 16;
const SEQ_ITERATOR_REVERSE: i32 = 24;
const KIND_RANGE_ITERATOR: i64 = 23;
/// The value of an `Op::IterRange` temp whose range iterator lives in registers (never an
/// object address, a small int, nor any other marker).
const RANGE_IN_REGISTERS: i64 = 6;
/// The value of an `Op::IterLoop` temp whose list or tuple is iterated by index in
/// registers (never an object address, a small int, nor any other marker).
const SEQUENCE_IN_REGISTERS: i64 = 4;
const RANGE_ITERATOR_NEXT: i32 = 8;
const RANGE_ITERATOR_STEP: i32 = 16;
const RANGE_ITERATOR_REMAINING: i32 = 24;
/// Non-zero when the range is beyond machine words (its state then lives elsewhere).
const RANGE_ITERATOR_BIG: i32 = 32;
/// The tag `rt_method_for_direct_call` adds to a function to call without the object.
const WITHOUT_SELF: i64 = 4;
/// Words of the cache each attribute site passes to the runtime (`attr::AttrCache`).
const ATTR_CACHE_WORDS: usize = 4;
/// Offsets of the cache's words: the class the entry is for, the class version it was
/// filled under, and the entry's kind (low byte) and hint.
const ATTR_CACHE_OWNER: i32 = 0;
const ATTR_CACHE_VERSION: i32 = 8;
const ATTR_CACHE_KIND_HINT: i32 = 16;
/// The entry kind of an inline attribute: the hint is its index among the instance's
/// values.
const SLOT_ENTRY: i64 = 7;
/// The entry kind of a store into an inline attribute at the hint.
const STORE_SLOT_ENTRY: i64 = 8;
const INSTANCE_CLASS: i32 = 8;
const INSTANCE_CAPACITY: i32 = 24;
const INSTANCE_VALUES: i64 = 32;
/// The value word of a temp or local whose value is a raw float held apart (neither an
/// object, nor a small int, nor 0, which marks an unbound local).
const RAW_FLOAT: i64 = 2;
/// `rt_next`'s result when the iterator is exhausted.
const ITER_DONE: i64 = 2;

pub struct Output {
    pub object: Vec<u8>,
    /// The Cranelift IR of every function, for `--emit=clif`.
    pub clif: String,
}

pub fn compile(program: &ir::Module, keep_clif: bool) -> Result<Output, String> {
    let mut flags = settings::builder();
    // Not `is_pic`: every symbol generated code references is colocated (`func_ref`,
    // `data_ref`), so its references are RIP-relative and the linked executable is still
    // position-independent; `is_pic` would load each data address from the GOT instead.
    for (name, value) in [
        ("opt_level", "speed"),
        ("is_pic", "false"),
        ("preserve_frame_pointers", "true"),
    ] {
        flags.set(name, value).map_err(|e| e.to_string())?;
    }
    let isa = cranelift_native::builder()
        .map_err(|e| e.to_string())?
        .finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())?;
    let builder = ObjectBuilder::new(
        isa,
        "closc_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| e.to_string())?;
    let mut cx = ModuleCx {
        module: ObjectModule::new(builder),
        runtime: HashMap::new(),
        functions: Vec::new(),
        strings: Vec::new(),
        clif: keep_clif.then(String::new),
        attr_sites: 0,
    };
    let table_size = program.consts.len() + program.functions.len();
    let globals = cx.data("closc_globals", program.globals.len())?;
    let attr_caches = cx
        .module
        .declare_data("closc_attr_caches", Linkage::Local, true, false)
        .map_err(|e| e.to_string())?;
    let consts = cx.data("closc_consts", table_size)?;
    let int_clones_given_up = cx.data("closc_int_clones_given_up", program.functions.len())?;
    let statics = Statics {
        globals,
        consts,
        none: cx.import_data("closc_None")?,
        true_: cx.import_data("closc_True")?,
        false_: cx.import_data("closc_False")?,
        frames_left: cx.import_data("closc_frames_left")?,
        class_version: cx.import_data("closc_class_version")?,
        fast_states: cx.import_data("closc_fast_states")?,
        gc_requested: cx.import_data("closc_gc_requested")?,
        code_base: program.consts.len(),
        attr_caches,
        int_clones_given_up,
    };
    for (i, function) in program.functions.iter().enumerate() {
        let name = format!("closc_fn{i}_{}", symbol_safe(&function.qualname));
        let signature = cx.entry_signature(function.param_count());
        let id = cx
            .module
            .declare_function(&name, Linkage::Local, &signature)
            .map_err(|e| e.to_string())?;
        cx.functions.push(id);
    }
    let mut clones = Vec::new();
    for (i, function) in program.functions.iter().enumerate() {
        let Some(clone) = crate::int_clone::int_clone(function, &program.consts) else {
            clones.push(None);
            continue;
        };
        let name = format!("closc_fn{i}_{}__int", symbol_safe(&function.qualname));
        let signature = int_clone::signature(&cx, function.argcount as usize);
        let id = cx
            .module
            .declare_function(&name, Linkage::Local, &signature)
            .map_err(|e| e.to_string())?;
        clones.push(Some((clone, id)));
    }
    let mut context = cx.module.make_context();
    let mut builder_context = FunctionBuilderContext::new();
    for (i, function) in program.functions.iter().enumerate() {
        context.func.signature = cx.entry_signature(function.param_count());
        let entry = clones[i].as_ref().map(|(clone, id)| CloneEntry {
            clone: *id,
            self_global: clone.self_global,
            given_up_offset: (i * 8) as i32,
        });
        FunctionCx::lower(
            &mut cx,
            &statics,
            &program.consts,
            &mut context,
            &mut builder_context,
            function,
            entry,
        );
        cx.define(cx.functions[i], &mut context, &function.qualname)?;
        if let Some((clone, id)) = &clones[i] {
            context.func.signature = int_clone::signature(&cx, function.argcount as usize);
            int_clone::lower(
                &mut cx,
                statics.globals,
                *id,
                &mut context,
                &mut builder_context,
                function,
                clone,
            );
            cx.define(
                *id,
                &mut context,
                &format!("{} (int clone)", function.qualname),
            )?;
        }
    }
    cx.main(program, &statics, &mut context, &mut builder_context)?;
    let mut caches = DataDescription::new();
    caches.define_zeroinit(cx.attr_sites.max(1) * ATTR_CACHE_WORDS * 8);
    caches.set_align(8);
    cx.module
        .define_data(statics.attr_caches, &caches)
        .map_err(|e| e.to_string())?;
    let strings = cx
        .module
        .declare_data("closc_strings", Linkage::Local, false, false);
    let strings = strings.map_err(|e| e.to_string())?;
    let mut description = DataDescription::new();
    description.define(std::mem::take(&mut cx.strings).into_boxed_slice());
    cx.module
        .define_data(strings, &description)
        .map_err(|e| e.to_string())?;
    let clif = cx.clif.take().unwrap_or_default();
    let product = cx.module.finish();
    let object = product.emit().map_err(|e| e.to_string())?;
    Ok(Output { object, clif })
}

fn symbol_safe(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

struct Statics {
    globals: DataId,
    consts: DataId,
    none: DataId,
    true_: DataId,
    false_: DataId,
    /// How many more frames may start before the recursion limit (negative while a
    /// collection is pending): every compiled function takes one in its prologue.
    frames_left: DataId,
    /// Bumped whenever a class namespace changes: attribute site caches hold the version
    /// they were filled under.
    class_version: DataId,
    /// The address of the allocator's fast states (for inline allocation).
    fast_states: DataId,
    /// Non-zero when the collector wants to run at the next safepoint.
    gc_requested: DataId,
    /// Index in the constant table of function 0's code object.
    code_base: usize,
    /// `ATTR_CACHE_WORDS` zeroed words for each attribute site, defined once every
    /// function is lowered and the sites are counted.
    attr_caches: DataId,
    /// One word per function, set once its int clone has bailed: from then on the
    /// function runs its ordinary body only, so a clone that keeps bailing cannot make
    /// deep recursion quadratic.
    int_clones_given_up: DataId,
}

/// What a function with an int clone needs to try it on entry.
struct CloneEntry {
    clone: FuncId,
    /// The global through which the function calls itself, checked to hold the function.
    self_global: Option<ir::GlobalId>,
    /// The function's word in `closc_int_clones_given_up`.
    given_up_offset: i32,
}

struct ModuleCx {
    module: ObjectModule,
    runtime: HashMap<&'static str, FuncId>,
    functions: Vec<FuncId>,
    /// Bytes of every string the startup code makes, in one data object.
    strings: Vec<u8>,
    clif: Option<String>,
    /// Attribute sites so far, each with its cache in `closc_attr_caches`.
    attr_sites: usize,
}

impl ModuleCx {
    /// The native signature of a compiled function with `slots` parameter slots.
    fn entry_signature(&self, slots: usize) -> cranelift_codegen::ir::Signature {
        let mut signature = self.module.make_signature();
        let params = if slots <= MAX_REGISTER_SLOTS {
            1 + slots
        } else {
            2
        };
        signature
            .params
            .extend((0..params).map(|_| AbiParam::new(I64)));
        signature.returns.push(AbiParam::new(I64));
        signature
    }

    fn data(&mut self, name: &str, words: usize) -> Result<DataId, String> {
        let id = self
            .module
            .declare_data(name, Linkage::Local, true, false)
            .map_err(|e| e.to_string())?;
        let mut description = DataDescription::new();
        description.define_zeroinit(words.max(1) * 8);
        description.set_align(8);
        self.module
            .define_data(id, &description)
            .map_err(|e| e.to_string())?;
        Ok(id)
    }

    /// A reference to the function `id` from `func`. Everything generated code imports is
    /// defined by the runtime library (or libm), which `cc` links into the same executable,
    /// so it is within reach of a PC-relative call and cannot be preempted: marking it
    /// colocated saves the load from the GOT that Cranelift emits for imports.
    fn func_ref(&mut self, id: FuncId, func: &mut Function) -> FuncRef {
        let callee = self.module.declare_func_in_func(id, func);
        func.dfg.ext_funcs[callee].colocated = true;
        callee
    }

    /// A reference to the data `id` from `func`; colocated for the reason `func_ref` gives.
    fn data_ref(&self, id: DataId, func: &mut Function) -> GlobalValue {
        let gv = self.module.declare_data_in_func(id, func);
        if let GlobalValueData::Symbol { colocated, .. } = &mut func.global_values[gv] {
            *colocated = true;
        }
        gv
    }

    fn import_data(&mut self, name: &str) -> Result<DataId, String> {
        self.module
            .declare_data(name, Linkage::Import, false, false)
            .map_err(|e| e.to_string())
    }

    /// The runtime function `name`, declared on first use with its C signature.
    fn runtime_function(&mut self, name: &'static str) -> FuncId {
        if let Some(&id) = self.runtime.get(name) {
            return id;
        }
        let (params, returns) = runtime_signature(name);
        let mut signature = self.module.make_signature();
        signature
            .params
            .extend(params.iter().map(|&t| AbiParam::new(t)));
        signature
            .returns
            .extend(returns.iter().map(|&t| AbiParam::new(t)));
        let id = self
            .module
            .declare_function(name, Linkage::Import, &signature)
            .expect("runtime functions have one signature each");
        self.runtime.insert(name, id);
        id
    }

    fn define(&mut self, id: FuncId, context: &mut Context, name: &str) -> Result<(), String> {
        if let Some(clif) = &mut self.clif {
            clif.push_str(&format!("; {name}\n{}\n", context.func.display()));
        }
        self.module
            .define_function(id, context)
            .map_err(|e| format!("codegen of {name} failed: {e:?}"))?;
        self.module.clear_context(context);
        Ok(())
    }

    fn intern_string(&mut self, s: &str) -> (usize, usize) {
        let span = (self.strings.len(), s.len());
        self.strings.extend_from_slice(s.as_bytes());
        span
    }

    /// `main(argc, argv)`: start the runtime, make the constants and code objects, run the
    /// module body, and let the runtime turn its outcome into the exit status.
    fn main(
        &mut self,
        program: &ir::Module,
        statics: &Statics,
        context: &mut Context,
        builder_context: &mut FunctionBuilderContext,
    ) -> Result<(), String> {
        let mut signature = self.module.make_signature();
        signature
            .params
            .extend([AbiParam::new(I32), AbiParam::new(I64)]);
        signature.returns.push(AbiParam::new(I32));
        let main_id = self
            .module
            .declare_function("main", Linkage::Export, &signature)
            .map_err(|e| e.to_string())?;
        context.func.signature = signature;
        let strings_id = self
            .module
            .declare_data("closc_strings", Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        let mut b = FunctionBuilder::new(&mut context.func, builder_context);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let argc = b.block_params(entry)[0];
        let argv = b.block_params(entry)[1];
        let mut init = InitCx {
            cx: self,
            b,
            strings: strings_id,
        };
        init.call_void("rt_start", &[argc, argv]);
        let globals = init.address(statics.globals);
        let consts = init.address(statics.consts);
        let nglobals = init.b.ins().iconst(I64, program.globals.len() as i64);
        init.call_void("rt_register_roots", &[globals, nglobals]);
        let global_names = init.str_tuple(&program.globals);
        init.call_void("rt_set_global_names", &[global_names, globals]);
        let table_size = program.consts.len() + program.functions.len();
        let nconsts = init.b.ins().iconst(I64, table_size as i64);
        init.call_void("rt_register_roots", &[consts, nconsts]);
        for (i, constant) in program.consts.iter().enumerate() {
            let value = init.constant(constant);
            init.b
                .ins()
                .store(MemFlagsData::trusted(), value, consts, (i * 8) as i32);
        }
        for (i, function) in program.functions.iter().enumerate() {
            let code = init.code_object(function, i);
            let offset = ((statics.code_base + i) * 8) as i32;
            init.b
                .ins()
                .store(MemFlagsData::trusted(), code, consts, offset);
        }
        let module_body = init.cx.functions[0];
        let module_ref = init.cx.func_ref(module_body, init.b.func);
        let zero = init.b.ins().iconst(I64, 0);
        let call = init.b.ins().call(module_ref, &[zero]);
        let result = init.b.inst_results(call)[0];
        let status = init.call("rt_finish", &[result]);
        init.b.ins().return_(&[status]);
        init.b.seal_all_blocks();
        let config = init.cx.module.target_config();
        init.b.finalize(config);
        self.define(main_id, context, "main")
    }
}

/// For each slot of `function`, whether it is a parameter that nothing unbinds (the
/// runtime binds every parameter before the body runs).
fn always_bound_slots(function: &ir::Function) -> Vec<bool> {
    let mut bound: Vec<bool> = (0..function.locals.len())
        .map(|i| i < function.param_count())
        .collect();
    ir::for_each_stmt(&function.body, &mut |stmt| {
        if let Stmt::DelLocal { local, .. } = stmt {
            bound[*local as usize] = false;
        }
    });
    bound
}

/// An operand of inline arithmetic.
#[derive(Clone, Copy)]
enum Number {
    /// Any value.
    Value(Value),
    /// A temp that holds a raw float `raw` when `word` is `RAW_FLOAT`, and the value `word`
    /// otherwise.
    MaybeRaw { word: Value, raw: Value },
    /// The float constant at `index` of the constant table.
    Constant { index: usize, raw: Value },
}

impl Number {
    /// The word to test for a small int, unless the number is known to be a float.
    fn word(self) -> Option<Value> {
        match self {
            Number::Value(word) | Number::MaybeRaw { word, .. } => Some(word),
            Number::Constant { .. } => None,
        }
    }
}

/// Building `main`'s startup code.
struct InitCx<'m, 'f> {
    cx: &'m mut ModuleCx,
    b: FunctionBuilder<'f>,
    strings: DataId,
}

impl InitCx<'_, '_> {
    fn call_void(&mut self, name: &'static str, args: &[Value]) -> cranelift_codegen::ir::Inst {
        let id = self.cx.runtime_function(name);
        let callee = self.cx.func_ref(id, self.b.func);
        self.b.ins().call(callee, args)
    }

    fn call(&mut self, name: &'static str, args: &[Value]) -> Value {
        let call = self.call_void(name, args);
        self.b.inst_results(call)[0]
    }

    fn address(&mut self, data: DataId) -> Value {
        let gv = self.cx.data_ref(data, self.b.func);
        self.b.ins().symbol_value(I64, gv)
    }

    /// The address and length of `s`'s bytes in the string data.
    fn bytes(&mut self, s: &str) -> [Value; 2] {
        let (offset, len) = self.cx.intern_string(s);
        let base = self.address(self.strings);
        let pointer = self.b.ins().iadd_imm_s(base, offset as i64);
        let len = self.b.ins().iconst(I64, len as i64);
        [pointer, len]
    }

    fn str(&mut self, s: &str) -> Value {
        let bytes = self.bytes(s);
        self.call("rt_str_from_utf8", &bytes)
    }

    fn str_tuple(&mut self, items: &[String]) -> Value {
        let values: Vec<Value> = items.iter().map(|s| self.str(s)).collect();
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (values.len().max(1) * 8) as u32,
            3,
        ));
        for (i, &v) in values.iter().enumerate() {
            self.b.ins().stack_store(I64, v, slot, (i * 8) as i32);
        }
        let pointer = self.b.ins().stack_addr(I64, slot, 0);
        let n = self.b.ins().iconst(I64, values.len() as i64);
        self.call("rt_tuple_new", &[pointer, n])
    }

    fn constant(&mut self, constant: &Const) -> Value {
        match constant {
            Const::Str(s) => self.str(s),
            Const::BigInt(digits) => {
                let bytes = self.bytes(digits);
                self.call("rt_int_from_decimal", &bytes)
            }
            Const::Float(x) => {
                let x = self.b.ins().f64const(*x);
                self.call("rt_float_new", &[x])
            }
            Const::StrTuple(items) => self.str_tuple(items),
            Const::Builtin(name) => {
                let name = self.str(name);
                let value = self.call("rt_builtin", &[name]);
                // A builtin the runtime lacks stays 0: using it raises NameError.
                let missing = self.b.ins().icmp_imm_s(IntCC::Equal, value, 0);
                let clear = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(missing, clear, &[], done, &[]);
                self.b.switch_to_block(clear);
                self.call("rt_err_fetch", &[]);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
                value
            }
        }
    }

    fn code_object(&mut self, function: &ir::Function, index: usize) -> Value {
        let name = self.str(&function.name);
        let qualname = self.str(&function.qualname);
        let callee = self.cx.func_ref(self.cx.functions[index], self.b.func);
        let entry = self.b.ins().func_addr(I64, callee);
        let argcount = self.b.ins().iconst(I64, function.argcount as i64);
        let kwonly = self.b.ins().iconst(I64, function.kwonlycount as i64);
        let flags = i64::from(function.has_varargs)
            | (i64::from(function.has_varkeywords) << 1)
            | (i64::from(function.is_generator) << 2);
        let flags = self.b.ins().iconst(I64, flags);
        let varnames = self.str_tuple(&function.varnames);
        let freevars = self.str_tuple(&function.freevars);
        let code = self.call(
            "rt_code_new",
            &[
                name, qualname, entry, argcount, kwonly, flags, varnames, freevars,
            ],
        );
        if function.posonlycount > 0 {
            let count = self.b.ins().iconst(I64, i64::from(function.posonlycount));
            self.call_void("rt_code_set_posonlycount", &[code, count]);
        }
        if function.value_freevars != 0 {
            let mask = self.b.ins().iconst(I64, function.value_freevars as i64);
            self.call_void("rt_code_set_value_freevars", &[code, mask]);
        }
        if !function.cellvars.is_empty() {
            let cellvars = self.str_tuple(&function.cellvars);
            self.call_void("rt_code_set_cellvars", &[code, cellvars]);
        }
        code
    }
}

/// The C signature of each runtime function generated code calls.
fn runtime_signature(
    name: &str,
) -> (
    &'static [cranelift_codegen::ir::Type],
    &'static [cranelift_codegen::ir::Type],
) {
    const V: &[cranelift_codegen::ir::Type] = &[I64];
    match name {
        "rt_start" => (&[I32, I64], &[]),
        "rt_register_roots"
        | "rt_code_set_cellvars"
        | "rt_code_set_posonlycount"
        | "rt_code_set_value_freevars"
        | "rt_set_global_names" => (&[I64, I64], &[]),
        "rt_handler_leave" => (&[I64], &[]),
        "rt_gc_safepoint" => (&[], &[]),
        "rt_finish" => (&[I64], &[I32]),
        "rt_float_new" => (&[F64], V),
        "pow" => (&[F64, F64], &[F64]),
        "rt_err_fetch" | "rt_frame_check" => (&[], V),
        "rt_binary" | "rt_inplace" | "rt_compare" => (&[I32, I64, I64], V),
        "rt_unary" => (&[I32, I64], V),
        "rt_builtin"
        | "rt_import"
        | "rt_cell_new"
        | "rt_truthy"
        | "rt_list_to_tuple"
        | "rt_iter"
        | "rt_next"
        | "rt_str"
        | "rt_repr"
        | "rt_raise"
        | "rt_match_mapping"
        | "rt_with_exit"
        | "rt_yield"
        | "rt_yield_from"
        | "rt_handler_enter"
        | "rt_err_restore"
        | "rt_raise_name_error"
        | "rt_raise_unbound_local"
        | "rt_raise_unbound_free"
        | "rt_assert_fail" => (&[I64], V),
        "rt_str_from_utf8"
        | "rt_int_from_decimal"
        | "rt_tuple_new"
        | "rt_list_new"
        | "rt_set_new"
        | "rt_set_new_const"
        | "rt_frozenset_new_const"
        | "rt_dict_new"
        | "rt_list_append"
        | "rt_list_extend"
        | "rt_set_add"
        | "rt_dict_update"
        | "rt_getitem"
        | "rt_delitem"
        | "rt_delattr"
        | "rt_format"
        | "rt_str_concat"
        | "rt_raise_from"
        | "rt_raise_name_error_in"
        | "rt_match_mapping_rest"
        | "rt_exc_matches" => (&[I64, I64], V),
        "rt_call" | "rt_call_ex" | "rt_setitem" | "rt_slice_new" | "rt_unpack"
        | "rt_kwargs_merge" | "rt_match_sequence" | "rt_getattr_cached" => (&[I64, I64, I64], V),
        "rt_call_kw" | "rt_unpack_ex" | "rt_class_new" | "rt_match_class" | "rt_setattr_cached" => {
            (&[I64, I64, I64, I64], V)
        }
        "rt_call_method_cached" => (&[I64, I64, I64, I64, I64], V),
        "rt_method_for_direct_call" => (&[I64, I64, I64], V),
        "rt_instance_call_function" => (&[I64, I64], V),
        "rt_code_new" => (&[I64, I64, I64, I64, I64, I64, I64, I64], V),
        "rt_function_new" => (&[I64, I64, I64, I64, I64], V),
        other => panic!("no signature for runtime function {other}"),
    }
}

struct LabelTargets {
    /// Where `Continue` jumps (loops only).
    continue_to: Option<Block>,
    break_to: Block,
}

/// Lowering of one IR function into Cranelift IR.
struct FunctionCx<'m, 'f> {
    cx: &'m mut ModuleCx,
    statics: &'m Statics,
    consts: &'m [Const],
    b: FunctionBuilder<'f>,
    function_object: Value,
    slots: Vec<Variable>,
    temps: Vec<Variable>,
    /// For the temps that may hold a raw float (`unboxed::float_values`): the float, valid
    /// when the temp's value is `RAW_FLOAT`.
    raw_floats: Vec<Option<Variable>>,
    /// For the locals that may hold a raw float: the float, valid when the slot holds
    /// `RAW_FLOAT`.
    raw_slots: Vec<Option<Variable>>,
    /// Innermost last; raising operations branch to the last one.
    handlers: Vec<Block>,
    /// How many times each temp is read (`ir::temp_uses`).
    temp_uses: Vec<u32>,
    /// The slots that can never be unbound: parameters that no `del` unbinds.
    always_bound: Vec<bool>,
    /// A comparison (`Op::Compare` or `Op::Is`) left for the `if` right after it to branch
    /// on, and its temp (see `comparison_for_next_if`).
    pending_comparison: Option<(ir::Temp, Op)>,
    error_exit: Block,
    labels: HashMap<ir::Label, LabelTargets>,
    /// The stack arrays (and their lengths) made for the current statement's calls. They
    /// are zeroed after the statement: the collector scans the native stack
    /// conservatively, and a long-running frame would otherwise keep alive every object it
    /// ever passed to a call.
    arrays: Vec<(StackSlot, usize)>,
    /// For each temp defined by `Op::IterRange`: the range iterator state kept in
    /// registers, valid while the temp holds `RANGE_IN_REGISTERS`.
    range_loops: HashMap<ir::Temp, RangeLoop>,
    /// For each temp defined by `Op::IterLoop`: the list or tuple and the next index, valid
    /// while the temp holds `SEQUENCE_IN_REGISTERS`.
    sequence_loops: HashMap<ir::Temp, SequenceLoop>,
}

/// The number of values of a range whose `stop - start` has magnitude `distance` in the
/// step's direction and whose step has magnitude `stride` (positive): `ceil(distance /
/// stride)` when `distance` is positive, else 0.
fn range_count(b: &mut FunctionBuilder, distance: Value, stride: Value) -> Value {
    let zero = b.ins().iconst(I64, 0);
    let empty = b
        .ins()
        .icmp_imm_s(IntCC::SignedLessThanOrEqual, distance, 0);
    let below = b.ins().iadd_imm_s(distance, -1);
    let whole_strides = b.ins().udiv(below, stride);
    let values_left = b.ins().iadd_imm_s(whole_strides, 1);
    b.ins().select(empty, zero, values_left)
}

/// A forward iterator over a list or tuple held in variables: the sequence and the index
/// of the next item.
#[derive(Clone, Copy)]
struct SequenceLoop {
    sequence: Variable,
    position: Variable,
}

/// A range iterator over machine ints held in variables: the next value (untagged), how
/// many values are left, and the step.
#[derive(Clone, Copy)]
struct RangeLoop {
    next: Variable,
    remaining: Variable,
    step: Variable,
}

impl<'m, 'f> FunctionCx<'m, 'f> {
    fn lower(
        cx: &'m mut ModuleCx,
        statics: &'m Statics,
        consts: &'m [Const],
        context: &'f mut Context,
        builder_context: &'f mut FunctionBuilderContext,
        function: &ir::Function,
        int_clone: Option<CloneEntry>,
    ) {
        let mut b = FunctionBuilder::new(&mut context.func, builder_context);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let function_object = params[0];
        let zero = b.ins().iconst(I64, 0);
        let in_registers = function.param_count() <= MAX_REGISTER_SLOTS;
        let slots: Vec<Variable> = (0..function.locals.len())
            .map(|i| {
                let var = b.declare_var(I64);
                let initial = if i >= function.param_count() {
                    zero
                } else if in_registers {
                    params[1 + i]
                } else {
                    b.ins()
                        .load(I64, MemFlagsData::trusted(), params[1], (i * 8) as i32)
                };
                b.def_var(var, initial);
                var
            })
            .collect();
        let temps: Vec<Variable> = (0..function.temps)
            .map(|_| {
                let var = b.declare_var(I64);
                b.def_var(var, zero);
                var
            })
            .collect();
        let float_zero = b.ins().f64const(0.0);
        let floats = unboxed::float_values(function);
        let mut raw_variables = |flags: Vec<bool>| -> Vec<Option<Variable>> {
            flags
                .into_iter()
                .map(|raw| {
                    raw.then(|| {
                        let var = b.declare_var(F64);
                        b.def_var(var, float_zero);
                        var
                    })
                })
                .collect()
        };
        let raw_floats = raw_variables(floats.temps);
        let raw_slots = raw_variables(floats.locals);
        let error_exit = b.create_block();
        b.set_cold_block(error_exit);
        let mut fx = FunctionCx {
            cx,
            statics,
            consts,
            b,
            function_object,
            slots,
            temps,
            raw_floats,
            raw_slots,
            handlers: Vec::new(),
            temp_uses: ir::temp_uses(function),
            always_bound: always_bound_slots(function),
            pending_comparison: None,
            error_exit,
            labels: HashMap::new(),
            arrays: Vec::new(),
            range_loops: HashMap::new(),
            sequence_loops: HashMap::new(),
        };
        fx.enter_frame();
        if let Some(entry) = int_clone {
            fx.try_int_clone(&entry, function.argcount as usize);
        }
        fx.codegen_body(&function.body);
        fx.b.switch_to_block(error_exit);
        fx.leave_frame();
        let null = fx.b.ins().iconst(I64, 0);
        fx.b.ins().return_(&[null]);
        fx.b.seal_all_blocks();
        let config = fx.cx.module.target_config();
        fx.b.finalize(config);
    }

    /// Counts the frame. When no frame is left, the runtime raises RecursionError (CPython's
    /// check) or, while a collection is pending, collects: the prologue's safepoint.
    fn enter_frame(&mut self) {
        let left = self.adjust_frames_left(-1);
        let beyond = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, left, 0);
        let check = self.b.create_block();
        let body = self.b.create_block();
        self.b.set_cold_block(check);
        self.b.ins().brif(beyond, check, &[], body, &[]);
        self.b.switch_to_block(check);
        let go_on = self.call_rt("rt_frame_check", &[]);
        self.b.ins().brif(go_on, body, &[], self.error_exit, &[]);
        self.b.switch_to_block(body);
    }

    /// Runs the int clone when every argument is a small int, the clone has never bailed
    /// and the function's global still holds the function, returning its result when it
    /// has one that is a small int; otherwise goes on to the ordinary body.
    fn try_int_clone(&mut self, entry: &CloneEntry, argcount: usize) {
        let body = self.b.create_block();
        let given_up_base = self.data_address(self.statics.int_clones_given_up);
        let given_up = self.b.ins().load(
            I64,
            MemFlagsData::trusted(),
            given_up_base,
            entry.given_up_offset,
        );
        let arguments_block = self.b.create_block();
        self.b.ins().brif(given_up, body, &[], arguments_block, &[]);
        self.b.switch_to_block(arguments_block);
        let arguments: Vec<Value> = (0..argcount)
            .map(|i| self.b.use_var(self.slots[i]))
            .collect();
        let tags = arguments[1..]
            .iter()
            .fold(arguments[0], |acc, &a| self.b.ins().band(acc, a));
        let all_small = self.b.ins().band_imm_s(tags, 1);
        let mut ready = self.b.create_block();
        self.b.ins().brif(all_small, ready, &[], body, &[]);
        self.b.switch_to_block(ready);
        if let Some(global) = entry.self_global {
            let (base, offset) = self.global_address(global);
            let holder = self
                .b
                .ins()
                .load(I64, MemFlagsData::trusted(), base, offset);
            let itself = self
                .b
                .ins()
                .icmp(IntCC::Equal, holder, self.function_object);
            ready = self.b.create_block();
            self.b.ins().brif(itself, ready, &[], body, &[]);
            self.b.switch_to_block(ready);
        }
        // The clone may recurse as deep as frames are left, without the trap's offset (the
        // prologue has checked that some frame is).
        let left_address = self.data_address(self.statics.frames_left);
        let left = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), left_address, 0);
        let mut values = vec![self.b.ins().band_imm_s(left, FRAMES_LEFT_TRAP - 1)];
        values.extend(arguments.iter().map(|&a| self.b.ins().sshr_imm_s(a, 1)));
        let callee = self.cx.func_ref(entry.clone, self.b.func);
        let call = self.b.ins().call(callee, &values);
        let (result, status) = {
            let results = self.b.inst_results(call);
            (results[0], results[1])
        };
        let gave_up = self.b.create_block();
        let finished = self.b.create_block();
        let small_result = self.b.create_block();
        self.b.set_cold_block(gave_up);
        self.b.ins().brif(status, gave_up, &[], finished, &[]);
        self.b.switch_to_block(finished);
        let doubled = self.b.ins().ishl_imm_s(result, 1);
        let back = self.b.ins().sshr_imm_s(doubled, 1);
        let too_big = self.b.ins().icmp(IntCC::NotEqual, back, result);
        self.b.ins().brif(too_big, gave_up, &[], small_result, &[]);
        self.b.switch_to_block(small_result);
        let tagged = self.b.ins().bor_imm_s(doubled, 1);
        self.leave_frame();
        self.b.ins().return_(&[tagged]);
        self.b.switch_to_block(gave_up);
        let one = self.b.ins().iconst(I64, 1);
        self.b.ins().store(
            MemFlagsData::trusted(),
            one,
            given_up_base,
            entry.given_up_offset,
        );
        self.b.ins().jump(body, &[]);
        self.b.switch_to_block(body);
    }

    fn leave_frame(&mut self) {
        self.adjust_frames_left(1);
    }

    /// Adds `delta` to `closc_frames_left` and returns the new count.
    fn adjust_frames_left(&mut self, delta: i64) -> Value {
        let address = self.data_address(self.statics.frames_left);
        let left = self.b.ins().load(I64, MemFlagsData::trusted(), address, 0);
        let left = self.b.ins().iadd_imm_s(left, delta);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), left, address, 0);
        left
    }

    /// `object.name` at a fresh attribute site. The runtime's hit path for an inline
    /// attribute is inline (see `inline_slot`) when the slot holds a value; the runtime
    /// does everything else.
    fn codegen_getattr(&mut self, object: Value, name: Value) -> Value {
        let cache = self.attr_cache();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        self.b.set_cold_block(general);
        let address = self.inline_slot(object, cache, SLOT_ENTRY, general);
        let value = self.b.ins().load(I64, MemFlagsData::trusted(), address, 0);
        self.b
            .ins()
            .brif(value, merge, &[BlockArg::Value(value)], general, &[]);
        self.b.switch_to_block(general);
        let found = self.checked("rt_getattr_cached", &[object, name, cache]);
        self.b.ins().jump(merge, &[BlockArg::Value(found)]);
        self.b.switch_to_block(merge);
        result
    }

    /// `object.name = value` at a fresh attribute site: replacing an inline attribute that
    /// holds a value is inline (see `inline_slot`); the runtime does everything else.
    fn codegen_setattr(&mut self, object: Value, name: Value, value: Value) {
        let cache = self.attr_cache();
        let replace = self.b.create_block();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        self.b.set_cold_block(general);
        let address = self.inline_slot(object, cache, STORE_SLOT_ENTRY, general);
        let current = self.b.ins().load(I64, MemFlagsData::trusted(), address, 0);
        self.b.ins().brif(current, replace, &[], general, &[]);
        self.b.switch_to_block(replace);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), value, address, 0);
        self.b.ins().jump(merge, &[]);
        self.b.switch_to_block(general);
        self.checked("rt_setattr_cached", &[object, name, value, cache]);
        self.b.ins().jump(merge, &[]);
        self.b.switch_to_block(merge);
    }

    /// The address of an instance's inline value that the attribute site cache `cache`
    /// designates with an entry of kind `entry_kind`: `object` is an instance, the entry is
    /// for its class and was filled under the current class version, and its hint is an
    /// index below the instance's capacity. Jumps to `general` otherwise.
    fn inline_slot(
        &mut self,
        object: Value,
        cache: Value,
        entry_kind: i64,
        general: Block,
    ) -> Value {
        let trusted = MemFlagsData::trusted();
        let is_object = self.b.create_block();
        let is_instance = self.b.create_block();
        let cached_class = self.b.create_block();
        let entry = self.b.create_block();
        let within = self.b.create_block();
        let tag = self.b.ins().band_imm_s(object, 7);
        self.b.ins().brif(tag, general, &[], is_object, &[]);
        self.b.switch_to_block(is_object);
        self.branch_if_kind(object, KIND_INSTANCE, is_instance, general);
        self.b.switch_to_block(is_instance);
        let class = self.b.ins().load(I64, trusted, object, INSTANCE_CLASS);
        let owner = self.b.ins().load(I64, trusted, cache, ATTR_CACHE_OWNER);
        let same_class = self.b.ins().icmp(IntCC::Equal, class, owner);
        self.b
            .ins()
            .brif(same_class, cached_class, &[], general, &[]);
        self.b.switch_to_block(cached_class);
        let version = self.b.ins().load(I64, trusted, cache, ATTR_CACHE_VERSION);
        let version_address = self.data_address(self.statics.class_version);
        let current = self.b.ins().load(I64, trusted, version_address, 0);
        let kind_hint = self.b.ins().load(I64, trusted, cache, ATTR_CACHE_KIND_HINT);
        let kind = self.b.ins().band_imm_s(kind_hint, 0xff);
        let kind_mismatch = self.b.ins().icmp_imm_s(IntCC::NotEqual, kind, entry_kind);
        let stale = self.b.ins().icmp(IntCC::NotEqual, version, current);
        let miss = self.b.ins().bor(kind_mismatch, stale);
        self.b.ins().brif(miss, general, &[], entry, &[]);
        self.b.switch_to_block(entry);
        let hint = self.b.ins().ushr_imm_s(kind_hint, 8);
        let capacity = self.b.ins().uload32(trusted, object, INSTANCE_CAPACITY);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, hint, capacity);
        self.b.ins().brif(inside, within, &[], general, &[]);
        self.b.switch_to_block(within);
        let offset = self.b.ins().ishl_imm_s(hint, 3);
        let values = self.b.ins().iadd_imm_s(object, INSTANCE_VALUES);
        self.b.ins().iadd(values, offset)
    }

    /// A new float object holding `x`. The allocator's fast path is inline (no call, so no
    /// float register is spilled); the runtime allocates when it cannot be taken.
    fn box_float(&mut self, x: Value) -> Value {
        self.one_field_object(KIND_FLOAT, x, "rt_float_new")
    }

    /// A new 16-byte object of kind `kind` whose one field (at offset 8, after the header)
    /// is `field`: allocated inline, or by the runtime's `constructor(field)` when the fast
    /// path cannot be taken.
    fn one_field_object(&mut self, kind: i64, field: Value, constructor: &'static str) -> Value {
        const _: () = assert!(FLOAT_VALUE == 8 && CELL_VALUE == 8);
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let runtime = self.b.create_block();
        let object = self.allocate_inline(16, kind, runtime);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), field, object, 8);
        self.b.ins().jump(merge, &[BlockArg::Value(object)]);
        self.b.switch_to_block(runtime);
        let made = self.call_rt(constructor, &[field]);
        self.b.ins().jump(merge, &[BlockArg::Value(made)]);
        self.b.switch_to_block(merge);
        result
    }

    /// A new tuple of a few items, allocated inline like floats.
    fn small_tuple(&mut self, items: &[Operand]) -> Value {
        let values: Vec<Value> = items.iter().map(|item| self.operand(item)).collect();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let runtime = self.b.create_block();
        let size = TUPLE_ITEMS as usize + 8 * values.len();
        let cell = self.allocate_inline(size, KIND_TUPLE, runtime);
        let trusted = MemFlagsData::trusted();
        let length = self.b.ins().iconst(I64, values.len() as i64);
        self.b.ins().store(trusted, length, cell, TUPLE_LEN);
        for (i, &value) in values.iter().enumerate() {
            let offset = TUPLE_ITEMS + 8 * i as i32;
            self.b.ins().store(trusted, value, cell, offset);
        }
        self.b.ins().jump(merge, &[BlockArg::Value(cell)]);
        self.b.switch_to_block(runtime);
        let pointer = self.array(&values);
        let count = self.b.ins().iconst(I64, values.len() as i64);
        let tuple = self.call_rt("rt_tuple_new", &[pointer, count]);
        self.release_array();
        self.b.ins().jump(merge, &[BlockArg::Value(tuple)]);
        self.b.switch_to_block(merge);
        result
    }

    /// A new function object for `code` with no defaults and the closure entries `closure`,
    /// allocated inline like floats (what `rt_function_new` makes).
    fn closure_inline(&mut self, code: Value, closure: &[Operand]) -> Value {
        let entries: Vec<Value> = closure.iter().map(|c| self.operand(c)).collect();
        let trusted = MemFlagsData::trusted();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let runtime = self.b.create_block();
        let size = FUNCTION_CELLS as usize + 8 * entries.len();
        let function = self.allocate_inline(size, KIND_FUNCTION, runtime);
        let entry = self.b.ins().load(I64, trusted, code, CODE_ENTRY);
        let arity = self.b.ins().load(I64, trusted, code, CODE_DIRECT_ARITY);
        let zero = self.b.ins().iconst(I64, 0);
        let count = self.b.ins().iconst(I64, entries.len() as i64);
        let fields = [
            (FUNCTION_ENTRY, entry),
            (FUNCTION_DIRECT_ARITY, arity),
            (FUNCTION_CODE, code),
            (FUNCTION_DEFAULTS, zero),
            (FUNCTION_EXTRAS, zero),
            (FUNCTION_NCELLS, count),
        ];
        for (offset, value) in fields {
            self.b.ins().store(trusted, value, function, offset);
        }
        for (i, &value) in entries.iter().enumerate() {
            let offset = FUNCTION_CELLS + 8 * i as i32;
            self.b.ins().store(trusted, value, function, offset);
        }
        self.b.ins().jump(merge, &[BlockArg::Value(function)]);
        self.b.switch_to_block(runtime);
        let no_defaults = self.small(0);
        let made = self.function_new(code, no_defaults, no_defaults, &entries);
        self.b.ins().jump(merge, &[BlockArg::Value(made)]);
        self.b.switch_to_block(merge);
        result
    }

    /// `rt_function_new`: a new function object for `code` with these defaults (0: none)
    /// and closure entries.
    fn function_new(
        &mut self,
        code: Value,
        defaults: Value,
        kwdefaults: Value,
        entries: &[Value],
    ) -> Value {
        let (cells, count) = if entries.is_empty() {
            (self.small(0), self.small(0))
        } else {
            let count = self.small(entries.len() as i64);
            (self.array(entries), count)
        };
        self.checked(
            "rt_function_new",
            &[code, defaults, kwdefaults, cells, count],
        )
    }

    /// The allocator's fast path for a `size`-byte object of kind `kind` without finalizer
    /// (see `closc_fast_states`): the address of a fresh cell with its header written, or a
    /// jump to `runtime` (made cold) when the state's current bitmap word has no free cell.
    fn allocate_inline(&mut self, size: usize, kind: i64, runtime: Block) -> Value {
        debug_assert!(size.is_multiple_of(8) && (16..=128).contains(&size));
        let trusted = MemFlagsData::trusted();
        let states_address = self.data_address(self.statics.fast_states);
        let states = self.b.ins().load(I64, trusted, states_address, 0);
        let state_index = 2 * (size / 8 - 2);
        let state = self
            .b
            .ins()
            .iadd_imm_s(states, (state_index * FAST_STATE_SIZE) as i64);
        let free = self.b.ins().load(I64, trusted, state, FAST_FREE);
        let inline = self.b.create_block();
        self.b.set_cold_block(runtime);
        self.b.ins().brif(free, inline, &[], runtime, &[]);
        self.b.switch_to_block(inline);
        let bit = self.b.ins().ctz(free);
        let below = self.b.ins().iadd_imm_s(free, -1);
        let rest = self.b.ins().band(free, below);
        self.b.ins().store(trusted, rest, state, FAST_FREE);
        let block = self.b.ins().load(I64, trusted, state, FAST_BLOCK);
        let offset = self.b.ins().load(I64, trusted, state, FAST_OFFSET);
        let word_start = self.b.ins().iadd(block, offset);
        let cell_offset = self.b.ins().imul_imm_s(bit, size as i64);
        let cell = self.b.ins().iadd(word_start, cell_offset);
        let header = self.b.ins().iconst(I64, kind);
        self.b.ins().store(trusted, header, cell, 0);
        cell
    }

    /// Lets the collector run if it asked to, at every loop iteration.
    fn gc_safepoint(&mut self) {
        let flag_address = self.data_address(self.statics.gc_requested);
        let requested = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), flag_address, 0);
        let collect = self.b.create_block();
        let continue_block = self.b.create_block();
        self.b.set_cold_block(collect);
        self.b
            .ins()
            .brif(requested, collect, &[], continue_block, &[]);
        self.b.switch_to_block(collect);
        let id = self.cx.runtime_function("rt_gc_safepoint");
        let callee = self.cx.func_ref(id, self.b.func);
        self.b.ins().call(callee, &[]);
        self.b.ins().jump(continue_block, &[]);
        self.b.switch_to_block(continue_block);
    }

    // ---- helpers ----

    fn call_rt(&mut self, name: &'static str, args: &[Value]) -> Value {
        let id = self.cx.runtime_function(name);
        let callee = self.cx.func_ref(id, self.b.func);
        let call = self.b.ins().call(callee, args);
        self.b.inst_results(call)[0]
    }

    fn error_target(&self) -> Block {
        self.handlers.last().copied().unwrap_or(self.error_exit)
    }

    /// Continues in a fresh block when `failed` is non-zero; branches to the handler otherwise.
    fn branch_to_handler_if(&mut self, failed: Value) {
        let ok = self.b.create_block();
        let target = self.error_target();
        self.b.ins().brif(failed, target, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }

    /// A runtime call whose null result means an exception is pending.
    fn checked(&mut self, name: &'static str, args: &[Value]) -> Value {
        let result = self.call_rt(name, args);
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, result, 0);
        self.branch_to_handler_if(failed);
        result
    }

    /// Raises through a runtime function that always returns 0 with the exception set.
    fn raise_with(&mut self, name: &'static str, args: &[Value]) {
        self.call_rt(name, args);
        let target = self.error_target();
        self.b.ins().jump(target, &[]);
        self.start_unreachable_block();
    }

    /// After a jump, code for the rest of the statement list goes into a block nothing reaches.
    fn start_unreachable_block(&mut self) {
        let block = self.b.create_block();
        self.b.switch_to_block(block);
    }

    fn data_address(&mut self, data: DataId) -> Value {
        let gv = self.cx.data_ref(data, self.b.func);
        self.b.ins().symbol_value(I64, gv)
    }

    fn load_const(&mut self, index: usize) -> Value {
        let table = self.data_address(self.statics.consts);
        self.b
            .ins()
            .load(I64, MemFlagsData::trusted(), table, (index * 8) as i32)
    }

    fn operand(&mut self, operand: &Operand) -> Value {
        match operand {
            Operand::Temp(t) => self.b.use_var(self.temps[*t as usize]),
            Operand::Const(c) => self.load_const(*c as usize),
            Operand::Int(n) => self.b.ins().iconst(I64, (n << 1) | 1),
            Operand::None => self.data_address(self.statics.none),
            Operand::True => self.data_address(self.statics.true_),
            Operand::False => self.data_address(self.statics.false_),
        }
    }

    fn optional(&mut self, operand: &Option<Operand>) -> Value {
        match operand {
            Some(operand) => self.operand(operand),
            None => self.b.ins().iconst(I64, 0),
        }
    }

    /// Stores values in a fresh stack array and returns its address.
    fn array(&mut self, values: &[Value]) -> Value {
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (values.len().max(1) * 8) as u32,
            3,
        ));
        for (i, &v) in values.iter().enumerate() {
            self.b.ins().stack_store(I64, v, slot, (i * 8) as i32);
        }
        self.arrays.push((slot, values.len()));
        self.b.ins().stack_addr(I64, slot, 0)
    }

    fn operands_array(&mut self, operands: &[Operand]) -> (Value, Value) {
        let values: Vec<Value> = operands.iter().map(|o| self.operand(o)).collect();
        let pointer = self.array(&values);
        let count = self.b.ins().iconst(I64, operands.len() as i64);
        (pointer, count)
    }

    /// The address of a fresh attribute site's cache.
    fn attr_cache(&mut self) -> Value {
        let site = self.cx.attr_sites;
        self.cx.attr_sites += 1;
        let base = self.data_address(self.statics.attr_caches);
        self.b
            .ins()
            .iadd_imm_s(base, (site * ATTR_CACHE_WORDS * 8) as i64)
    }

    fn small(&mut self, n: i64) -> Value {
        self.b.ins().iconst(I64, n)
    }

    fn op_code(&mut self, code: i64) -> Value {
        self.b.ins().iconst(I32, code)
    }

    /// A value read from memory or a slot that is 0 when unbound: raises through `raise`.
    fn check_bound(&mut self, value: Value, raise: &'static str, name: ir::ConstId) {
        let unbound = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(value, ok, &[], unbound, &[]);
        self.b.set_cold_block(unbound);
        self.b.switch_to_block(unbound);
        let name = self.load_const(name as usize);
        if raise == "rt_raise_name_error" {
            // The running function lets the runtime suggest similar local names.
            self.call_rt("rt_raise_name_error_in", &[name, self.function_object]);
        } else {
            self.call_rt(raise, &[name]);
        }
        let target = self.error_target();
        self.b.ins().jump(target, &[]);
        self.b.switch_to_block(ok);
    }

    fn global_address(&mut self, global: ir::GlobalId) -> (Value, i32) {
        let base = self.data_address(self.statics.globals);
        (base, (global * 8) as i32)
    }

    // ---- statements ----

    fn codegen_body(&mut self, body: &[Stmt]) {
        for (i, stmt) in body.iter().enumerate() {
            if let Some(t) = self.comparison_for_next_if(stmt, body.get(i + 1)) {
                if let Stmt::Assign(_, op) = stmt {
                    self.pending_comparison = Some((t, op.clone()));
                }
                continue;
            }
            self.codegen_stmt(stmt);
            self.clear_arrays();
        }
    }

    /// The temp of a comparison whose only use is the test of the `if` right after it: that
    /// `if` branches on the comparison itself, with no bool object in between (CPython's
    /// truth test of the result happens at the same point).
    fn comparison_for_next_if(&self, stmt: &Stmt, next: Option<&Stmt>) -> Option<ir::Temp> {
        let t = match stmt {
            Stmt::Assign(t, Op::Compare(op, ..))
                if !matches!(op, ir::CompareOp::In | ir::CompareOp::NotIn) =>
            {
                t
            }
            Stmt::Assign(t, Op::Is { .. }) => t,
            _ => return None,
        };
        if self.temp_uses[*t as usize] != 1 {
            return None;
        }
        let Some(Stmt::If { cond, .. }) = next else {
            return None;
        };
        let mut cond = cond;
        while let Cond::Not(inner) = cond {
            cond = inner;
        }
        matches!(cond, Cond::Truthy(Operand::Temp(u)) if u == t).then_some(*t)
    }

    /// Zeroes the stack arrays the last statement used (see `arrays`).
    fn clear_arrays(&mut self) {
        for (slot, len) in std::mem::take(&mut self.arrays) {
            self.zero_array(slot, len);
        }
    }

    fn zero_array(&mut self, slot: StackSlot, len: usize) {
        let zero = self.b.ins().iconst(I64, 0);
        for i in 0..len {
            self.b.ins().stack_store(I64, zero, slot, (i * 8) as i32);
        }
    }

    fn codegen_stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Assign(t, op) => {
                let raw_float = self.raw_floats[*t as usize];
                let value = match (op, raw_float) {
                    (Op::Local { local, name }, Some(raw))
                        if self.raw_slots[*local as usize].is_some() =>
                    {
                        let raw_slot = self.raw_slots[*local as usize].expect("checked");
                        let word = self.b.use_var(self.slots[*local as usize]);
                        if !self.always_bound[*local as usize] {
                            self.check_bound(word, "rt_raise_unbound_local", *name);
                        }
                        let float = self.b.use_var(raw_slot);
                        self.b.def_var(raw, float);
                        word
                    }
                    (Op::Binary(o, a, b), Some(raw)) | (Op::InPlace(o, a, b), Some(raw)) => {
                        let runtime = if matches!(op, Op::Binary(..)) {
                            "rt_binary"
                        } else {
                            "rt_inplace"
                        };
                        let (value, float) = self.codegen_arithmetic(runtime, *o, a, b, true);
                        self.b.def_var(raw, float.expect("asked for a raw result"));
                        value
                    }
                    (
                        Op::IterRange {
                            callee,
                            range,
                            args,
                        },
                        _,
                    ) => self.codegen_iter_range(*t, callee, *range, args),
                    (Op::Next(Operand::Temp(iterator)), _)
                        if self.range_loops.contains_key(iterator) =>
                    {
                        self.codegen_range_next(*iterator)
                    }
                    (Op::IterLoop(iterable), _) => self.codegen_iter_loop(*t, iterable),
                    (Op::Next(Operand::Temp(iterator)), _)
                        if self.sequence_loops.contains_key(iterator) =>
                    {
                        self.codegen_sequence_next(*iterator)
                    }
                    _ => self.codegen_op(op),
                };
                self.b.def_var(self.temps[*t as usize], value);
            }
            Stmt::Eval(op) => {
                self.codegen_op(op);
            }
            Stmt::SetLocal(local, Operand::Temp(t))
                if self.raw_slots[*local as usize].is_some()
                    && self.raw_floats[*t as usize].is_some() =>
            {
                let raw_slot = self.raw_slots[*local as usize].expect("checked");
                let raw = self.raw_floats[*t as usize].expect("checked");
                let word = self.b.use_var(self.temps[*t as usize]);
                let float = self.b.use_var(raw);
                self.b.def_var(self.slots[*local as usize], word);
                self.b.def_var(raw_slot, float);
            }
            Stmt::SetLocal(local, value) => {
                let value = self.operand(value);
                self.b.def_var(self.slots[*local as usize], value);
            }
            Stmt::DelLocal { local, name } => {
                let var = self.slots[*local as usize];
                let value = self.b.use_var(var);
                self.check_bound(value, "rt_raise_unbound_local", *name);
                let zero = self.small(0);
                self.b.def_var(var, zero);
            }
            Stmt::CellSet { cell, value } => {
                let cell = self.operand(cell);
                let value = self.operand(value);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), value, cell, CELL_VALUE);
            }
            Stmt::CellDel { cell, name, free } => {
                let cell = self.operand(cell);
                let value = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), cell, CELL_VALUE);
                self.check_bound(value, unbound_raiser(*free), *name);
                let zero = self.small(0);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), zero, cell, CELL_VALUE);
            }
            Stmt::SetGlobal(global, value) => {
                let value = self.operand(value);
                let (base, offset) = self.global_address(*global);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), value, base, offset);
            }
            Stmt::DelGlobal { global, name } => {
                let (base, offset) = self.global_address(*global);
                let value = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), base, offset);
                self.check_bound(value, "rt_raise_name_error", *name);
                let zero = self.small(0);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), zero, base, offset);
            }
            Stmt::SetAttr(object, name, value) => {
                let object = self.operand(object);
                let name = self.load_const(*name as usize);
                let value = self.operand(value);
                self.codegen_setattr(object, name, value);
            }
            Stmt::DelAttr(object, name) => {
                let args = [self.operand(object), self.load_const(*name as usize)];
                self.checked("rt_delattr", &args);
            }
            Stmt::SetItem(object, key, value) => {
                let args = [self.operand(object), self.operand(key), self.operand(value)];
                let general = self.b.create_block();
                self.b.set_cold_block(general);
                let done = self.b.create_block();
                let address = self.item_address(args[0], args[1], false, general);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), args[2], address, 0);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(general);
                self.checked("rt_setitem", &args);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            Stmt::DelItem(object, key) => {
                let args = [self.operand(object), self.operand(key)];
                self.checked("rt_delitem", &args);
            }
            Stmt::ListAppend(list, value) => self.checked_pair("rt_list_append", list, value),
            Stmt::ListExtend(list, value) => self.checked_pair("rt_list_extend", list, value),
            Stmt::SetAdd(set, value) => self.checked_pair("rt_set_add", set, value),
            Stmt::DictUpdate(dict, value) => self.checked_pair("rt_dict_update", dict, value),
            Stmt::KwargsMerge {
                callee,
                dict,
                mapping,
            } => {
                let args = [
                    self.operand(callee),
                    self.operand(dict),
                    self.operand(mapping),
                ];
                self.checked("rt_kwargs_merge", &args);
            }
            Stmt::Unpack { value, targets } => self.codegen_unpack(value, targets),
            Stmt::UnpackStarred {
                value,
                before,
                targets,
            } => {
                let value = self.operand(value);
                let out = self.array(&vec![value; targets.len()]);
                let before_count = self.small(*before as i64);
                let after_count = self.small((targets.len() as u32 - before - 1) as i64);
                self.checked("rt_unpack_ex", &[value, before_count, after_count, out]);
                self.read_targets(out, targets);
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                let then_block = self.b.create_block();
                let else_block = self.b.create_block();
                let merge = self.b.create_block();
                self.codegen_cond(cond, then_block, else_block);
                self.b.switch_to_block(then_block);
                self.codegen_body(then);
                self.b.ins().jump(merge, &[]);
                self.b.switch_to_block(else_block);
                self.codegen_body(otherwise);
                self.b.ins().jump(merge, &[]);
                self.b.switch_to_block(merge);
            }
            Stmt::Loop { label, body } => {
                let header = self.b.create_block();
                let exit = self.b.create_block();
                self.labels.insert(
                    *label,
                    LabelTargets {
                        continue_to: Some(header),
                        break_to: exit,
                    },
                );
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(header);
                self.gc_safepoint();
                self.codegen_body(body);
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(exit);
            }
            Stmt::Block { label, body } => {
                let exit = self.b.create_block();
                self.labels.insert(
                    *label,
                    LabelTargets {
                        continue_to: None,
                        break_to: exit,
                    },
                );
                self.codegen_body(body);
                self.b.ins().jump(exit, &[]);
                self.b.switch_to_block(exit);
            }
            Stmt::Break(label) => {
                let target = self.labels[label].break_to;
                self.b.ins().jump(target, &[]);
                self.start_unreachable_block();
            }
            Stmt::Continue(label) => {
                let target = self.labels[label]
                    .continue_to
                    .expect("continue targets a loop");
                self.b.ins().jump(target, &[]);
                self.start_unreachable_block();
            }
            Stmt::Return(value) => {
                let value = self.operand(value);
                self.leave_frame();
                self.b.ins().return_(&[value]);
                self.start_unreachable_block();
            }
            Stmt::Raise { exception, cause } => {
                let exception = self.operand(exception);
                match cause {
                    Some(cause) => {
                        let cause = self.operand(cause);
                        self.raise_with("rt_raise_from", &[exception, cause]);
                    }
                    None => self.raise_with("rt_raise", &[exception]),
                }
            }
            Stmt::HandlerLeave(previous) => {
                let previous = self.operand(previous);
                let id = self.cx.runtime_function("rt_handler_leave");
                let callee = self.cx.func_ref(id, self.b.func);
                self.b.ins().call(callee, &[previous]);
            }
            Stmt::Reraise(exception) => {
                let exception = self.operand(exception);
                self.raise_with("rt_err_restore", &[exception]);
            }
            Stmt::AssertFail(message) => {
                let message = self.optional(message);
                self.raise_with("rt_assert_fail", &[message]);
            }
            Stmt::Try { body, handler } => {
                let handler_block = self.b.create_block();
                let after = self.b.create_block();
                self.handlers.push(handler_block);
                self.codegen_body(body);
                self.handlers.pop();
                self.b.ins().jump(after, &[]);
                self.b.switch_to_block(handler_block);
                self.codegen_body(handler);
                self.b.ins().jump(after, &[]);
                self.b.switch_to_block(after);
            }
            Stmt::OutsideTry { levels, body } => {
                let kept = self.handlers.len() - *levels as usize;
                let saved = self.handlers.split_off(kept);
                self.codegen_body(body);
                self.handlers.extend(saved);
            }
        }
    }

    fn checked_pair(&mut self, name: &'static str, a: &Operand, b: &Operand) {
        let args = [self.operand(a), self.operand(b)];
        self.checked(name, &args);
    }

    /// Unpacking a tuple of the right length reads its items inline; anything else goes
    /// through the runtime.
    fn codegen_unpack(&mut self, value: &Operand, targets: &[ir::Temp]) {
        let value = self.operand(value);
        let count = self.small(targets.len() as i64);
        let is_tuple = self.b.create_block();
        let inline = self.b.create_block();
        let general = self.b.create_block();
        let done = self.b.create_block();
        self.branch_if_kind(value, KIND_TUPLE, is_tuple, general);
        self.b.switch_to_block(is_tuple);
        let length = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), value, TUPLE_LEN);
        let differs = self.b.ins().icmp(IntCC::NotEqual, length, count);
        self.b.ins().brif(differs, general, &[], inline, &[]);
        self.b.switch_to_block(inline);
        for (i, t) in targets.iter().enumerate() {
            let item = self.b.ins().load(
                I64,
                MemFlagsData::trusted(),
                value,
                TUPLE_ITEMS + 8 * i as i32,
            );
            self.b.def_var(self.temps[*t as usize], item);
        }
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(general);
        let out = self.array(&vec![value; targets.len()]);
        self.checked("rt_unpack", &[value, count, out]);
        self.read_targets(out, targets);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    fn read_targets(&mut self, out: Value, targets: &[ir::Temp]) {
        for (i, t) in targets.iter().enumerate() {
            let value = self
                .b
                .ins()
                .load(I64, MemFlagsData::trusted(), out, (i * 8) as i32);
            self.b.def_var(self.temps[*t as usize], value);
        }
    }

    /// Branches on the truth of a value: True, False and small ints inline, other objects
    /// through `rt_truthy` (which may raise).
    fn branch_on_truth(&mut self, value: Value, then_block: Block, else_block: Block) {
        let true_ = self.data_address(self.statics.true_);
        let false_ = self.data_address(self.statics.false_);
        let is_true = self.b.ins().icmp(IntCC::Equal, value, true_);
        let not_true = self.b.create_block();
        self.b.ins().brif(is_true, then_block, &[], not_true, &[]);
        self.b.switch_to_block(not_true);
        let is_false = self.b.ins().icmp(IntCC::Equal, value, false_);
        let general = self.b.create_block();
        self.b.ins().brif(is_false, else_block, &[], general, &[]);
        self.b.switch_to_block(general);
        let small = self.b.ins().band_imm_s(value, 1);
        let small_block = self.b.create_block();
        let object_block = self.b.create_block();
        self.b
            .ins()
            .brif(small, small_block, &[], object_block, &[]);
        self.b.switch_to_block(small_block);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, value, 1);
        self.b.ins().brif(nonzero, then_block, &[], else_block, &[]);
        self.b.switch_to_block(object_block);
        let truth = self.call_rt("rt_truthy", &[value]);
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, truth, 0);
        self.branch_to_handler_if(failed);
        self.b.ins().brif(truth, then_block, &[], else_block, &[]);
    }

    fn codegen_cond(&mut self, cond: &Cond, then_block: Block, else_block: Block) {
        match cond {
            Cond::Truthy(Operand::Temp(t))
                if self
                    .pending_comparison
                    .as_ref()
                    .is_some_and(|pending| pending.0 == *t) =>
            {
                match self.pending_comparison.take().expect("just checked").1 {
                    Op::Compare(op, a, b) => {
                        self.compare_and_branch(op, &a, &b, then_block, else_block)
                    }
                    Op::Is {
                        left,
                        right,
                        negate,
                    } => {
                        let left = self.operand(&left);
                        let right = self.operand(&right);
                        let same = self.b.ins().icmp(IntCC::Equal, left, right);
                        let (yes, no) = if negate {
                            (else_block, then_block)
                        } else {
                            (then_block, else_block)
                        };
                        self.b.ins().brif(same, yes, &[], no, &[]);
                    }
                    _ => unreachable!("only comparisons are left pending"),
                }
            }
            Cond::Truthy(operand) => {
                let value = self.operand(operand);
                self.branch_on_truth(value, then_block, else_block);
            }
            Cond::Exhausted(operand) => {
                let value = self.operand(operand);
                let done = self.b.ins().icmp_imm_s(IntCC::Equal, value, ITER_DONE);
                self.b.ins().brif(done, then_block, &[], else_block, &[]);
            }
            Cond::ExceptionMatches(exception, class) => {
                let args = [self.operand(exception), self.operand(class)];
                let matches = self.call_rt("rt_exc_matches", &args);
                let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, matches, 0);
                self.branch_to_handler_if(failed);
                self.b.ins().brif(matches, then_block, &[], else_block, &[]);
            }
            Cond::Not(inner) => self.codegen_cond(inner, else_block, then_block),
        }
    }

    // ---- operations ----

    fn codegen_op(&mut self, op: &Op) -> Value {
        match op {
            Op::Use(operand) => self.operand(operand),
            Op::Local { local, name } => {
                let value = self.b.use_var(self.slots[*local as usize]);
                if !self.always_bound[*local as usize] {
                    self.check_bound(value, "rt_raise_unbound_local", *name);
                }
                value
            }
            Op::Slot(local) => self.b.use_var(self.slots[*local as usize]),
            Op::FreeCell(index) | Op::FreeValue(index) => self.b.ins().load(
                I64,
                MemFlagsData::trusted(),
                self.function_object,
                FUNCTION_CELLS + 8 * *index as i32,
            ),
            Op::CellGet { cell, name, free } => {
                let cell = self.operand(cell);
                let value = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), cell, CELL_VALUE);
                self.check_bound(value, unbound_raiser(*free), *name);
                value
            }
            Op::MakeCell(initial) => {
                let initial = self.optional(initial);
                self.one_field_object(KIND_CELL, initial, "rt_cell_new")
            }
            Op::Global {
                global,
                name,
                builtin,
            } => {
                let (base, offset) = self.global_address(*global);
                let value = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), base, offset);
                let Some(builtin) = builtin else {
                    self.check_bound(value, "rt_raise_name_error", *name);
                    return value;
                };
                let merge = self.b.create_block();
                let result = self.b.append_block_param(merge, I64);
                let fallback = self.b.create_block();
                self.b
                    .ins()
                    .brif(value, merge, &[BlockArg::Value(value)], fallback, &[]);
                self.b.switch_to_block(fallback);
                let builtin_value = self.load_const(*builtin as usize);
                self.check_bound(builtin_value, "rt_raise_name_error", *name);
                self.b.ins().jump(merge, &[BlockArg::Value(builtin_value)]);
                self.b.switch_to_block(merge);
                result
            }
            Op::Binary(op, a, b) => self.codegen_arithmetic("rt_binary", *op, a, b, false).0,
            Op::InPlace(op, a, b) => self.codegen_arithmetic("rt_inplace", *op, a, b, false).0,
            Op::Unary(op @ (ir::UnaryOp::Neg | ir::UnaryOp::Invert), a) => {
                self.codegen_int_unary(*op, a)
            }
            Op::Unary(op, a) => {
                let args = [self.op_code(*op as i64), self.operand(a)];
                self.checked("rt_unary", &args)
            }
            Op::Compare(op, a, b) => self.codegen_compare(*op, a, b),
            Op::Is {
                left,
                right,
                negate,
            } => {
                let left = self.operand(left);
                let right = self.operand(right);
                let cc = if *negate {
                    IntCC::NotEqual
                } else {
                    IntCC::Equal
                };
                let same = self.b.ins().icmp(cc, left, right);
                let true_ = self.data_address(self.statics.true_);
                let false_ = self.data_address(self.statics.false_);
                self.b.ins().select(same, true_, false_)
            }
            Op::Call { callee, args } => self.codegen_call(callee, args),
            Op::CallBuiltin {
                callee,
                builtin,
                args,
            } => self.codegen_call_builtin(callee, *builtin, args),
            Op::CallKw {
                callee,
                args,
                kwnames,
            } => {
                let callee = self.operand(callee);
                let names = self.load_const(*kwnames as usize);
                let values: Vec<Value> = args.iter().map(|o| self.operand(o)).collect();
                let pointer = self.array(&values);
                let names_len = self.b.ins().load(I64, MemFlagsData::trusted(), names, 8);
                let total = self.small(args.len() as i64);
                let positional = self.b.ins().isub(total, names_len);
                self.checked("rt_call_kw", &[callee, pointer, positional, names])
            }
            Op::CallEx {
                callee,
                args,
                kwargs,
            } => {
                let values = [
                    self.operand(callee),
                    self.operand(args),
                    self.optional(kwargs),
                ];
                self.checked("rt_call_ex", &values)
            }
            Op::CallMethod { object, name, args } => {
                let object = self.operand(object);
                let name = self.load_const(*name as usize);
                self.codegen_method_call(object, name, args)
            }
            Op::GetAttr(object, name) => {
                let object = self.operand(object);
                let name = self.load_const(*name as usize);
                self.codegen_getattr(object, name)
            }
            Op::GetItem(object, key) => {
                let args = [self.operand(object), self.operand(key)];
                let general = self.b.create_block();
                self.b.set_cold_block(general);
                let merge = self.b.create_block();
                let result = self.b.append_block_param(merge, I64);
                let address = self.item_address(args[0], args[1], true, general);
                let item = self.b.ins().load(I64, MemFlagsData::trusted(), address, 0);
                self.b.ins().jump(merge, &[BlockArg::Value(item)]);
                self.b.switch_to_block(general);
                let item = self.checked("rt_getitem", &args);
                self.b.ins().jump(merge, &[BlockArg::Value(item)]);
                self.b.switch_to_block(merge);
                result
            }
            Op::Slice(start, stop, step) => {
                let args = [
                    self.optional(start),
                    self.optional(stop),
                    self.optional(step),
                ];
                self.checked("rt_slice_new", &args)
            }
            Op::Tuple(items) if (1..=MAX_INLINE_TUPLE).contains(&items.len()) => {
                self.small_tuple(items)
            }
            Op::Tuple(items) => self.build("rt_tuple_new", items),
            Op::List(items) => self.build("rt_list_new", items),
            Op::Set(items) => self.build("rt_set_new", items),
            Op::ConstSet(items) => self.build("rt_set_new_const", items),
            Op::ConstFrozenSet(items) => self.build("rt_frozenset_new_const", items),
            Op::Dict(pairs) => {
                let flat: Vec<Operand> = pairs
                    .iter()
                    .flat_map(|(k, v)| [k.clone(), v.clone()])
                    .collect();
                let (pointer, _) = self.operands_array(&flat);
                let count = self.small(pairs.len() as i64);
                self.checked("rt_dict_new", &[pointer, count])
            }
            Op::ListToTuple(list) => {
                let list = self.operand(list);
                self.checked("rt_list_to_tuple", &[list])
            }
            Op::Iter(object) => {
                let object = self.operand(object);
                self.checked("rt_iter", &[object])
            }
            Op::Next(iterator) => self.codegen_next(iterator),
            Op::IterRange { .. } | Op::IterLoop(_) => {
                unreachable!("codegen_stmt assigns IterRange and IterLoop to their temps")
            }
            Op::Str(value) => {
                let value = self.operand(value);
                self.checked("rt_str", &[value])
            }
            Op::Repr(value) => {
                let value = self.operand(value);
                self.checked("rt_repr", &[value])
            }
            Op::Format(value, spec) => {
                let args = [self.operand(value), self.operand(spec)];
                self.checked("rt_format", &args)
            }
            Op::Concat(parts) => self.build("rt_str_concat", parts),
            Op::Import(name) => {
                let name = self.load_const(*name as usize);
                self.checked("rt_import", &[name])
            }
            Op::MakeFunction {
                function,
                defaults,
                kwdefaults,
                closure,
            } => {
                let code = self.load_const(self.statics.code_base + *function as usize);
                if defaults.is_none() && kwdefaults.is_none() && closure.len() <= MAX_INLINE_CLOSURE
                {
                    return self.closure_inline(code, closure);
                }
                let defaults = self.optional(defaults);
                let kwdefaults = self.optional(kwdefaults);
                let entries: Vec<Value> = closure.iter().map(|c| self.operand(c)).collect();
                self.function_new(code, defaults, kwdefaults, &entries)
            }
            Op::MakeClass {
                name,
                qualname,
                bases,
                namespace,
            } => {
                let args = [
                    self.load_const(*name as usize),
                    self.load_const(*qualname as usize),
                    self.operand(bases),
                    self.operand(namespace),
                ];
                self.checked("rt_class_new", &args)
            }
            Op::FetchException => self.call_rt("rt_err_fetch", &[]),
            Op::MatchSequence {
                subject,
                min_len,
                exact,
            } => {
                let args = [
                    self.operand(subject),
                    self.small(i64::from(*min_len)),
                    self.small(i64::from(*exact)),
                ];
                self.checked("rt_match_sequence", &args)
            }
            Op::MatchMapping(subject) => {
                let subject = self.operand(subject);
                self.checked("rt_match_mapping", &[subject])
            }
            Op::MatchMappingRest(subject, keys) => {
                let args = [self.operand(subject), self.operand(keys)];
                self.checked("rt_match_mapping_rest", &args)
            }
            Op::MatchClass {
                subject,
                class,
                positional,
                keywords,
            } => {
                let args = [
                    self.operand(subject),
                    self.operand(class),
                    self.small(i64::from(*positional)),
                    self.load_const(*keywords as usize),
                ];
                self.checked("rt_match_class", &args)
            }
            Op::WithExit(manager) => {
                let manager = self.operand(manager);
                self.checked("rt_with_exit", &[manager])
            }
            Op::Yield(value) => {
                let value = self.operand(value);
                self.checked("rt_yield", &[value])
            }
            Op::YieldFrom(iterable) => {
                let iterable = self.operand(iterable);
                self.checked("rt_yield_from", &[iterable])
            }
            Op::HandlerEnter(exception) => {
                let exception = self.operand(exception);
                self.call_rt("rt_handler_enter", &[exception])
            }
        }
    }

    /// Calls a Python function whose `direct_arity` is the number of arguments directly
    /// through its entry, with the arguments in registers; everything else (defaults,
    /// keywords, other callables) goes through the runtime's general call.
    fn codegen_call(&mut self, callee: &Operand, args: &[Operand]) -> Value {
        let callee = self.operand(callee);
        let values: Vec<Value> = args.iter().map(|a| self.operand(a)).collect();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        if values.len() < MAX_REGISTER_SLOTS {
            // Functions, and instances whose class defines `__call__` as a function.
            let is_function = self.b.create_block();
            let not_function = self.b.create_block();
            let is_instance = self.b.create_block();
            self.branch_if_kind(callee, KIND_FUNCTION, is_function, not_function);
            self.b.switch_to_block(is_function);
            self.direct_call(callee, &values, general, merge);
            self.b.switch_to_block(not_function);
            self.branch_if_kind(callee, KIND_INSTANCE, is_instance, general);
            self.b.switch_to_block(is_instance);
            // The runtime has counted the call of `__call__` as a level of recursion, as
            // CPython does; it is given back when the call returns.
            let count = self.b.ins().iconst(I64, values.len() as i64 + 1);
            let method = self.call_rt("rt_instance_call_function", &[callee, count]);
            let found = self.b.create_block();
            self.b.ins().brif(method, found, &[], general, &[]);
            self.b.switch_to_block(found);
            let mut with_self = vec![callee];
            with_self.extend(&values);
            self.call_entry(method, &with_self, merge, true);
        } else if values.len() == MAX_REGISTER_SLOTS {
            let is_function = self.b.create_block();
            self.branch_if_kind(callee, KIND_FUNCTION, is_function, general);
            self.b.switch_to_block(is_function);
            self.direct_call(callee, &values, general, merge);
        } else {
            self.b.ins().jump(general, &[]);
        }
        self.b.switch_to_block(general);
        let pointer = self.array(&values);
        let count = self.b.ins().iconst(I64, values.len() as i64);
        let value = self.checked("rt_call", &[callee, pointer, count]);
        self.release_array();
        self.b.ins().jump(merge, &[BlockArg::Value(value)]);
        self.b.switch_to_block(merge);
        result
    }

    /// `object.name(*args)`: when the site's cache knows the method is a compiled function
    /// of the object's class taking exactly the object and these arguments, a direct call
    /// of its entry; otherwise the runtime's cached method call.
    fn codegen_method_call(&mut self, object: Value, name: Value, args: &[Operand]) -> Value {
        let values: Vec<Value> = args.iter().map(|a| self.operand(a)).collect();
        let cache = self.attr_cache();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        if values.len() < MAX_REGISTER_SLOTS {
            let method = self.call_rt("rt_method_for_direct_call", &[object, name, cache]);
            let found = self.b.create_block();
            let missing = self.b.ins().icmp_imm_s(IntCC::Equal, method, 0);
            self.b.ins().brif(missing, general, &[], found, &[]);
            self.b.switch_to_block(found);
            let method_of_class = self.b.create_block();
            let stored_function = self.b.create_block();
            let without_self = self.b.ins().band_imm_s(method, WITHOUT_SELF);
            self.b
                .ins()
                .brif(without_self, stored_function, &[], method_of_class, &[]);
            self.b.switch_to_block(method_of_class);
            let mut with_self = vec![object];
            with_self.extend(&values);
            self.direct_call(method, &with_self, general, merge);
            self.b.switch_to_block(stored_function);
            let function = self.b.ins().bxor_imm_s(method, WITHOUT_SELF);
            self.direct_call(function, &values, general, merge);
        } else {
            self.b.ins().jump(general, &[]);
        }
        self.b.switch_to_block(general);
        let pointer = self.array(&values);
        let count = self.b.ins().iconst(I64, values.len() as i64);
        let value = self.checked(
            "rt_call_method_cached",
            &[object, name, pointer, count, cache],
        );
        self.release_array();
        self.b.ins().jump(merge, &[BlockArg::Value(value)]);
        self.b.switch_to_block(merge);
        result
    }

    /// Calls the function object `function` through its entry with `args` in registers when
    /// its `direct_arity` is their number, jumping to `merge` with the result; to `general`
    /// otherwise.
    fn direct_call(&mut self, function: Value, args: &[Value], general: Block, merge: Block) {
        let direct = self.b.create_block();
        let arity = self.b.ins().load(
            I64,
            MemFlagsData::trusted(),
            function,
            FUNCTION_DIRECT_ARITY,
        );
        let other_arity = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, arity, args.len() as i64);
        self.b.ins().brif(other_arity, general, &[], direct, &[]);
        self.b.switch_to_block(direct);
        self.call_entry(function, args, merge, false);
    }

    /// Calls the entry of the function object `function` (whose `direct_arity` is the
    /// number of `args`) and jumps to `merge` with the result, after giving back one frame
    /// of `closc_frames_left` when `release_frame`.
    fn call_entry(&mut self, function: Value, args: &[Value], merge: Block, release_frame: bool) {
        let entry = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), function, FUNCTION_ENTRY);
        let signature = self.cx.entry_signature(args.len());
        let signature = self.b.import_signature(signature);
        let mut call_args = vec![function];
        call_args.extend(args);
        let call = self.b.ins().call_indirect(signature, entry, &call_args);
        let value = self.b.inst_results(call)[0];
        if release_frame {
            self.adjust_frames_left(1);
        }
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, value, 0);
        self.branch_to_handler_if(failed);
        self.b.ins().jump(merge, &[BlockArg::Value(value)]);
    }

    /// Zeroes the last stack array made, right after the call that used it: the paths
    /// that skip the call never fill it.
    fn release_array(&mut self) {
        let (slot, len) = self.arrays.pop().expect("an array was made");
        self.zero_array(slot, len);
    }

    /// The address of item `key` of `object` when it is a list (or, with `tuples`, a tuple)
    /// and `key` a small int within it, counting from the end when negative; jumps to
    /// `otherwise` for anything else.
    fn item_address(&mut self, object: Value, key: Value, tuples: bool, otherwise: Block) -> Value {
        let is_object = self.b.create_block();
        let small_tag = self.b.ins().band_imm_s(key, 1);
        let is_small = self.b.create_block();
        self.b.ins().brif(small_tag, is_small, &[], otherwise, &[]);
        self.b.switch_to_block(is_small);
        let tag = self.b.ins().band_imm_s(object, 7);
        self.b.ins().brif(tag, otherwise, &[], is_object, &[]);
        self.b.switch_to_block(is_object);
        let kind = self.b.ins().uload32(MemFlagsData::trusted(), object, 0);
        let (length, items) = self.sequence_items(object, kind, tuples, otherwise);
        let index = self.b.ins().sshr_imm_s(key, 1);
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, index, 0);
        let from_end = self.b.ins().iadd(index, length);
        let index = self.b.ins().select(negative, from_end, index);
        let outside = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, index, length);
        let inside = self.b.create_block();
        self.b.ins().brif(outside, otherwise, &[], inside, &[]);
        self.b.switch_to_block(inside);
        let offset = self.b.ins().ishl_imm_s(index, 3);
        self.b.ins().iadd(items, offset)
    }

    /// The length and the address of the first item of `object`, a heap object whose header
    /// kind is `kind`, when it is a list (or, with `tuples`, a tuple); otherwise branches to
    /// `otherwise`.
    fn sequence_items(
        &mut self,
        object: Value,
        kind: Value,
        tuples: bool,
        otherwise: Block,
    ) -> (Value, Value) {
        let is_list = self.b.create_block();
        let found = self.b.create_block();
        let length = self.b.append_block_param(found, I64);
        let items = self.b.append_block_param(found, I64);
        let not_list = self.b.ins().icmp_imm_s(IntCC::NotEqual, kind, KIND_LIST);
        let other = if tuples {
            self.b.create_block()
        } else {
            otherwise
        };
        self.b.ins().brif(not_list, other, &[], is_list, &[]);
        self.b.switch_to_block(is_list);
        let list_length = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), object, LIST_LEN);
        let list_items = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), object, LIST_DATA);
        self.b.ins().jump(
            found,
            &[BlockArg::Value(list_length), BlockArg::Value(list_items)],
        );
        if tuples {
            self.b.switch_to_block(other);
            let is_tuple = self.b.create_block();
            let not_tuple = self.b.ins().icmp_imm_s(IntCC::NotEqual, kind, KIND_TUPLE);
            self.b.ins().brif(not_tuple, otherwise, &[], is_tuple, &[]);
            self.b.switch_to_block(is_tuple);
            let tuple_length = self
                .b
                .ins()
                .load(I64, MemFlagsData::trusted(), object, TUPLE_LEN);
            let tuple_items = self.b.ins().iadd_imm_s(object, TUPLE_ITEMS as i64);
            self.b.ins().jump(
                found,
                &[BlockArg::Value(tuple_length), BlockArg::Value(tuple_items)],
            );
        }
        self.b.switch_to_block(found);
        (length, items)
    }

    /// `iter(callee(*args))`: when the callee is the builtin `range` and the arguments are
    /// small ints with a non-zero step, no object is made: the state goes into the
    /// iterator's `RangeLoop` variables and the temp gets `RANGE_IN_REGISTERS`.
    fn codegen_iter_range(
        &mut self,
        iterator: ir::Temp,
        callee: &Operand,
        range: ir::ConstId,
        args: &[Operand],
    ) -> Value {
        let state = RangeLoop {
            next: self.b.declare_var(I64),
            remaining: self.b.declare_var(I64),
            step: self.b.declare_var(I64),
        };
        self.range_loops.insert(iterator, state);
        let callee_value = self.operand(callee);
        let values: Vec<Value> = args.iter().map(|a| self.operand(a)).collect();
        let builtin_range = self.load_const(range as usize);
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        self.b.set_cold_block(general);
        let is_range = self.b.ins().icmp(IntCC::Equal, callee_value, builtin_range);
        let is_range = self.b.ins().uextend(I64, is_range);
        let all_small = values
            .iter()
            .fold(is_range, |acc, &v| self.b.ins().band(acc, v));
        let small = self.b.create_block();
        self.b.ins().brif(all_small, small, &[], general, &[]);
        self.b.switch_to_block(small);
        let untag = |fx: &mut Self, v: Value| fx.b.ins().sshr_imm_s(v, 1);
        let (start, stop, step) = match values[..] {
            [stop] => (
                self.b.ins().iconst(I64, 0),
                untag(self, stop),
                self.b.ins().iconst(I64, 1),
            ),
            [start, stop] => (
                untag(self, start),
                untag(self, stop),
                self.b.ins().iconst(I64, 1),
            ),
            [start, stop, step] => (untag(self, start), untag(self, stop), untag(self, step)),
            _ => unreachable!("lowering makes IterRange with one to three arguments"),
        };
        let nonzero_step = self.b.create_block();
        self.b.ins().brif(step, nonzero_step, &[], general, &[]);
        self.b.switch_to_block(nonzero_step);
        // The number of values: ceil((stop - start) / step) when that is positive. The
        // operands are small ints, so no difference or sum here overflows.
        let upward = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
        let span = self.b.ins().isub(stop, start);
        let negated_span = self.b.ins().ineg(span);
        let distance = self.b.ins().select(upward, span, negated_span);
        let negated_step = self.b.ins().ineg(step);
        let stride = self.b.ins().select(upward, step, negated_step);
        let count = range_count(&mut self.b, distance, stride);
        self.b.def_var(state.next, start);
        self.b.def_var(state.remaining, count);
        self.b.def_var(state.step, step);
        let marker = self.b.ins().iconst(I64, RANGE_IN_REGISTERS);
        self.b.ins().jump(merge, &[BlockArg::Value(marker)]);
        self.b.switch_to_block(general);
        let iterable = self.codegen_call(callee, args);
        let object = self.checked("rt_iter", &[iterable]);
        let zero = self.b.ins().iconst(I64, 0);
        for variable in [state.next, state.remaining, state.step] {
            self.b.def_var(variable, zero);
        }
        self.b.ins().jump(merge, &[BlockArg::Value(object)]);
        self.b.switch_to_block(merge);
        result
    }

    /// `iter(iterable)` for a `for` loop: a list or tuple goes into the iterator's
    /// `SequenceLoop` variables and the temp gets `SEQUENCE_IN_REGISTERS`; anything else
    /// gets an iterator object.
    fn codegen_iter_loop(&mut self, iterator: ir::Temp, iterable: &Operand) -> Value {
        let state = SequenceLoop {
            sequence: self.b.declare_var(I64),
            position: self.b.declare_var(I64),
        };
        self.sequence_loops.insert(iterator, state);
        let iterable = self.operand(iterable);
        let is_object = self.b.create_block();
        let not_list = self.b.create_block();
        let sequence = self.b.create_block();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let tag = self.b.ins().band_imm_s(iterable, 7);
        self.b.ins().brif(tag, general, &[], is_object, &[]);
        self.b.switch_to_block(is_object);
        let kind = self.b.ins().uload32(MemFlagsData::trusted(), iterable, 0);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_LIST);
        self.b.ins().brif(is_list, sequence, &[], not_list, &[]);
        self.b.switch_to_block(not_list);
        let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_TUPLE);
        self.b.ins().brif(is_tuple, sequence, &[], general, &[]);
        self.b.switch_to_block(sequence);
        let zero = self.b.ins().iconst(I64, 0);
        self.b.def_var(state.sequence, iterable);
        self.b.def_var(state.position, zero);
        let marker = self.b.ins().iconst(I64, SEQUENCE_IN_REGISTERS);
        self.b.ins().jump(merge, &[BlockArg::Value(marker)]);
        self.b.switch_to_block(general);
        let object = self.checked("rt_iter", &[iterable]);
        let zero = self.b.ins().iconst(I64, 0);
        self.b.def_var(state.sequence, zero);
        self.b.def_var(state.position, zero);
        self.b.ins().jump(merge, &[BlockArg::Value(object)]);
        self.b.switch_to_block(merge);
        result
    }

    /// `next()` of the iterator an `Op::IterLoop` made: the item at the index while the
    /// list or tuple (whose length is read each time, as a list iterator does) has one,
    /// else `ITER_DONE`.
    fn codegen_sequence_next(&mut self, iterator: ir::Temp) -> Value {
        let state = self.sequence_loops[&iterator];
        self.next_from_registers(iterator, SEQUENCE_IN_REGISTERS, |fx, merge| {
            // A list or a tuple: both keep their length at the same offset, and their
            // items at the address stored at (list) or starting at (tuple) the same offset.
            const _: () = assert!(LIST_LEN == TUPLE_LEN && LIST_DATA == TUPLE_ITEMS);
            let trusted = MemFlagsData::trusted();
            let has_next = fx.b.create_block();
            let sequence = fx.b.use_var(state.sequence);
            let kind = fx.b.ins().uload32(trusted, sequence, 0);
            let is_list = fx.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_LIST);
            let length = fx.b.ins().load(I64, trusted, sequence, LIST_LEN);
            let list_items = fx.b.ins().load(I64, trusted, sequence, LIST_DATA);
            let tuple_items = fx.b.ins().iadd_imm_s(sequence, i64::from(TUPLE_ITEMS));
            let items = fx.b.ins().select(is_list, list_items, tuple_items);
            let position = fx.b.use_var(state.position);
            let done = fx.b.ins().iconst(I64, ITER_DONE);
            let left = fx.b.ins().icmp(IntCC::UnsignedLessThan, position, length);
            fx.b.ins()
                .brif(left, has_next, &[], merge, &[BlockArg::Value(done)]);
            fx.b.switch_to_block(has_next);
            let offset = fx.b.ins().ishl_imm_s(position, 3);
            let address = fx.b.ins().iadd(items, offset);
            let item = fx.b.ins().load(I64, trusted, address, 0);
            let following = fx.b.ins().iadd_imm_s(position, 1);
            fx.b.def_var(state.position, following);
            fx.b.ins().jump(merge, &[BlockArg::Value(item)]);
        })
    }

    /// `next()` of the iterator an `Op::IterRange` made, from its variables.
    fn codegen_range_next(&mut self, iterator: ir::Temp) -> Value {
        let state = self.range_loops[&iterator];
        self.next_from_registers(iterator, RANGE_IN_REGISTERS, |fx, merge| {
            let has_next = fx.b.create_block();
            let remaining = fx.b.use_var(state.remaining);
            let done = fx.b.ins().iconst(I64, ITER_DONE);
            fx.b.ins()
                .brif(remaining, has_next, &[], merge, &[BlockArg::Value(done)]);
            fx.b.switch_to_block(has_next);
            let next = fx.b.use_var(state.next);
            let step = fx.b.use_var(state.step);
            let following = fx.b.ins().iadd(next, step);
            fx.b.def_var(state.next, following);
            let left = fx.b.ins().iadd_imm_s(remaining, -1);
            fx.b.def_var(state.remaining, left);
            let doubled = fx.b.ins().ishl_imm_s(next, 1);
            let tagged = fx.b.ins().bor_imm_s(doubled, 1);
            fx.b.ins().jump(merge, &[BlockArg::Value(tagged)]);
        })
    }

    /// `next()` of a loop's iterator temp that holds `marker` while its state lives in
    /// variables: `inline` emits that case, ending in jumps to the block it is given with
    /// the item or `ITER_DONE`; an iterator object goes through `codegen_next`.
    fn next_from_registers(
        &mut self,
        iterator: ir::Temp,
        marker: i64,
        inline: impl FnOnce(&mut Self, Block),
    ) -> Value {
        let value = self.b.use_var(self.temps[iterator as usize]);
        let in_registers = self.b.create_block();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let is_object = self.b.ins().icmp_imm_s(IntCC::NotEqual, value, marker);
        self.b
            .ins()
            .brif(is_object, general, &[], in_registers, &[]);
        self.b.switch_to_block(in_registers);
        inline(self, merge);
        self.b.set_cold_block(general);
        self.b.switch_to_block(general);
        let object = self.codegen_next(&Operand::Temp(iterator));
        self.b.ins().jump(merge, &[BlockArg::Value(object)]);
        self.b.switch_to_block(merge);
        result
    }

    /// `next()` of a range iterator over small ints, and of a forward iterator over a list
    /// or tuple that has an item left, is inline; other iterators go to the runtime (which
    /// also finishes list and tuple iterators).
    fn codegen_next(&mut self, iterator: &Operand) -> Value {
        let iterator = self.operand(iterator);
        let load = |fx: &mut Self, offset| {
            fx.b.ins()
                .load(I64, MemFlagsData::trusted(), iterator, offset)
        };
        let is_object = self.b.create_block();
        let not_range = self.b.create_block();
        let small_range = self.b.create_block();
        let has_next = self.b.create_block();
        let produce = self.b.create_block();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let tag = self.b.ins().band_imm_s(iterator, 7);
        self.b.ins().brif(tag, general, &[], is_object, &[]);
        self.b.switch_to_block(is_object);
        let kind = self.b.ins().uload32(MemFlagsData::trusted(), iterator, 0);
        let is_range = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, KIND_RANGE_ITERATOR);
        self.b
            .ins()
            .brif(is_range, small_range, &[], not_range, &[]);
        self.b.switch_to_block(not_range);
        let sequence_iterator = self.b.create_block();
        let forward_sequence = self.b.create_block();
        let other_kind = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, kind, KIND_SEQ_ITERATOR);
        self.b
            .ins()
            .brif(other_kind, general, &[], sequence_iterator, &[]);
        self.b.switch_to_block(sequence_iterator);
        let reverse =
            self.b
                .ins()
                .uload8(I32, MemFlagsData::trusted(), iterator, SEQ_ITERATOR_REVERSE);
        self.b
            .ins()
            .brif(reverse, general, &[], forward_sequence, &[]);
        self.b.switch_to_block(forward_sequence);
        let sequence = load(self, SEQ_ITERATOR_SEQUENCE);
        let sequence_kind = self.b.ins().uload32(MemFlagsData::trusted(), sequence, 0);
        let (length, items) = self.sequence_items(sequence, sequence_kind, true, general);
        let position = load(self, SEQ_ITERATOR_POSITION);
        let item_left = self.b.create_block();
        let finished = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, position, length);
        self.b.ins().brif(finished, general, &[], item_left, &[]);
        self.b.switch_to_block(item_left);
        let offset = self.b.ins().ishl_imm_s(position, 3);
        let address = self.b.ins().iadd(items, offset);
        let item = self.b.ins().load(I64, MemFlagsData::trusted(), address, 0);
        let following = self.b.ins().iadd_imm_s(position, 1);
        self.b.ins().store(
            MemFlagsData::trusted(),
            following,
            iterator,
            SEQ_ITERATOR_POSITION,
        );
        self.b.ins().jump(merge, &[BlockArg::Value(item)]);
        self.b.switch_to_block(small_range);
        let big = load(self, RANGE_ITERATOR_BIG);
        self.b.ins().brif(big, general, &[], has_next, &[]);
        self.b.switch_to_block(has_next);
        let remaining = load(self, RANGE_ITERATOR_REMAINING);
        let done = self.small(ITER_DONE);
        let exhausted = self.b.ins().icmp_imm_s(IntCC::Equal, remaining, 0);
        self.b
            .ins()
            .brif(exhausted, merge, &[BlockArg::Value(done)], produce, &[]);
        self.b.switch_to_block(produce);
        let next = load(self, RANGE_ITERATOR_NEXT);
        let doubled = self.b.ins().ishl_imm_s(next, 1);
        let back = self.b.ins().sshr_imm_s(doubled, 1);
        let beyond = self.b.ins().icmp(IntCC::NotEqual, back, next);
        let advance = self.b.create_block();
        self.b.ins().brif(beyond, general, &[], advance, &[]);
        self.b.switch_to_block(advance);
        let step = load(self, RANGE_ITERATOR_STEP);
        let following = self.b.ins().iadd(next, step);
        self.b.ins().store(
            MemFlagsData::trusted(),
            following,
            iterator,
            RANGE_ITERATOR_NEXT,
        );
        let left = self.b.ins().iadd_imm_s(remaining, -1);
        self.b.ins().store(
            MemFlagsData::trusted(),
            left,
            iterator,
            RANGE_ITERATOR_REMAINING,
        );
        let tagged = self.b.ins().bor_imm_s(doubled, 1);
        self.b.ins().jump(merge, &[BlockArg::Value(tagged)]);
        self.b.switch_to_block(general);
        let value = self.checked("rt_next", &[iterator]);
        self.b.ins().jump(merge, &[BlockArg::Value(value)]);
        self.b.switch_to_block(merge);
        result
    }

    /// A call of `len`, `abs`, `min` or `max` as the source names it: inline when the
    /// callee is still that builtin and the arguments are what the inline path handles
    /// (`len` of a list, tuple or str; `abs`, `min` and `max` of small ints), else an
    /// ordinary call.
    fn codegen_call_builtin(
        &mut self,
        callee: &Operand,
        builtin: ir::ConstId,
        args: &[Operand],
    ) -> Value {
        let Const::Builtin(name) = &self.consts[builtin as usize] else {
            unreachable!("CallBuiltin names a builtin constant")
        };
        let callee_value = self.operand(callee);
        let values: Vec<Value> = args.iter().map(|a| self.operand(a)).collect();
        let expected = self.load_const(builtin as usize);
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        self.b.set_cold_block(general);
        let is_builtin = self.b.create_block();
        let shadowed = self.b.ins().icmp(IntCC::NotEqual, callee_value, expected);
        self.b.ins().brif(shadowed, general, &[], is_builtin, &[]);
        self.b.switch_to_block(is_builtin);
        let inline = match (name.as_str(), &values[..]) {
            ("len", &[object]) => self.inline_len(object, general),
            ("abs", &[n]) => {
                let small = self.b.create_block();
                let tag = self.b.ins().band_imm_s(n, 1);
                self.b.ins().brif(tag, small, &[], general, &[]);
                self.b.switch_to_block(small);
                // With `v = 2n + 1`, `2(-n) + 1 = 2 - v`; only -(smallest) overflows.
                let two = self.b.ins().iconst(I64, 2);
                let (negated, overflow) = self.b.ins().ssub_overflow(two, n);
                let fits = self.b.create_block();
                self.b.ins().brif(overflow, general, &[], fits, &[]);
                self.b.switch_to_block(fits);
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, n, 0);
                self.b.ins().select(negative, negated, n)
            }
            (which @ ("min" | "max"), &[a, b]) => {
                let both = self.b.create_block();
                self.branch_if_small_ints(a, b, both, general);
                self.b.switch_to_block(both);
                // Tagging keeps the order. CPython keeps the first of equal items.
                let cc = if which == "min" {
                    IntCC::SignedLessThan
                } else {
                    IntCC::SignedGreaterThan
                };
                let second = self.b.ins().icmp(cc, b, a);
                self.b.ins().select(second, b, a)
            }
            _ => unreachable!("lowering makes CallBuiltin only for the inline builtins"),
        };
        self.b.ins().jump(merge, &[BlockArg::Value(inline)]);
        self.b.switch_to_block(general);
        let called = self.codegen_call(callee, args);
        self.b.ins().jump(merge, &[BlockArg::Value(called)]);
        self.b.switch_to_block(merge);
        result
    }

    /// The tagged length of a list, tuple or str; branches to `otherwise` for other values.
    fn inline_len(&mut self, object: Value, otherwise: Block) -> Value {
        let is_object = self.b.create_block();
        let tag = self.b.ins().band_imm_s(object, 7);
        self.b.ins().brif(tag, otherwise, &[], is_object, &[]);
        self.b.switch_to_block(is_object);
        let kind = self.b.ins().uload32(MemFlagsData::trusted(), object, 0);
        let not_str = self.b.create_block();
        let is_str = self.b.create_block();
        let found = self.b.create_block();
        let length = self.b.append_block_param(found, I64);
        let str_kind = self.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_STR);
        self.b.ins().brif(str_kind, is_str, &[], not_str, &[]);
        self.b.switch_to_block(is_str);
        let chars = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), object, STR_NCHARS);
        self.b.ins().jump(found, &[BlockArg::Value(chars)]);
        self.b.switch_to_block(not_str);
        let (count, _) = self.sequence_items(object, kind, true, otherwise);
        self.b.ins().jump(found, &[BlockArg::Value(count)]);
        self.b.switch_to_block(found);
        let doubled = self.b.ins().ishl_imm_s(length, 1);
        self.b.ins().bor_imm_s(doubled, 1)
    }

    /// `-a` and `~a` of a small int are inline; other operands, and the one negation that
    /// leaves the small-int range, go to the runtime.
    fn codegen_int_unary(&mut self, op: ir::UnaryOp, a: &Operand) -> Value {
        let value = self.operand(a);
        let small = self.b.create_block();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let tag = self.b.ins().band_imm_s(value, 1);
        self.b.ins().brif(tag, small, &[], general, &[]);
        self.b.switch_to_block(small);
        // With `v = 2n + 1`: `2(-n) + 1 = 2 - v`, and `2(~n) + 1 = -v = v ^ !1`.
        if op == ir::UnaryOp::Neg {
            let two = self.b.ins().iconst(I64, 2);
            let (negated, overflow) = self.b.ins().ssub_overflow(two, value);
            let done = self.b.create_block();
            self.b.ins().brif(overflow, general, &[], done, &[]);
            self.b.switch_to_block(done);
            self.b.ins().jump(merge, &[BlockArg::Value(negated)]);
        } else {
            let inverted = self.b.ins().bxor_imm_s(value, -2);
            self.b.ins().jump(merge, &[BlockArg::Value(inverted)]);
        }
        self.b.set_cold_block(general);
        self.b.switch_to_block(general);
        let code = self.op_code(op as i64);
        let value = self.checked("rt_unary", &[code, value]);
        self.b.ins().jump(merge, &[BlockArg::Value(value)]);
        self.b.switch_to_block(merge);
        result
    }

    /// Branches to `fast` when both values are tagged small ints, else to `slow`.
    fn branch_if_small_ints(&mut self, a: Value, b: Value, fast: Block, slow: Block) {
        let both = self.b.ins().band(a, b);
        let tag = self.b.ins().band_imm_s(both, 1);
        let not_both_small = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 0);
        self.b.ins().brif(not_both_small, slow, &[], fast, &[]);
    }

    /// An operand of inline arithmetic, with what is known of it at compile time.
    fn number(&mut self, operand: &Operand) -> Number {
        match operand {
            Operand::Temp(t) if self.raw_floats[*t as usize].is_some() => {
                let raw = self.raw_floats[*t as usize].expect("checked");
                Number::MaybeRaw {
                    word: self.b.use_var(self.temps[*t as usize]),
                    raw: self.b.use_var(raw),
                }
            }
            Operand::Const(c) => match self.consts[*c as usize] {
                Const::Float(x) => Number::Constant {
                    index: *c as usize,
                    raw: self.b.ins().f64const(x),
                },
                _ => Number::Value(self.operand(operand)),
            },
            _ => Number::Value(self.operand(operand)),
        }
    }

    /// The value of a number as an object, boxing a raw float.
    fn boxed(&mut self, n: Number) -> Value {
        match n {
            Number::Value(v) => v,
            Number::Constant { index, .. } => self.load_const(index),
            Number::MaybeRaw { word, raw } => {
                let box_it = self.b.create_block();
                let merge = self.b.create_block();
                let result = self.b.append_block_param(merge, I64);
                let is_raw = self.b.ins().icmp_imm_s(IntCC::Equal, word, RAW_FLOAT);
                self.b
                    .ins()
                    .brif(is_raw, box_it, &[], merge, &[BlockArg::Value(word)]);
                self.b.switch_to_block(box_it);
                let boxed = self.box_float(raw);
                self.b.ins().jump(merge, &[BlockArg::Value(boxed)]);
                self.b.switch_to_block(merge);
                result
            }
        }
    }

    /// The float value of a number that is a float or a small int (converted as CPython does
    /// for mixed arithmetic); jumps to `otherwise` for anything else. With `ints` false,
    /// only floats qualify.
    fn float_of(&mut self, n: Number, ints: bool, otherwise: Block) -> Value {
        match n {
            Number::Constant { raw, .. } => raw,
            Number::Value(v) => self.float_value(v, ints, otherwise),
            Number::MaybeRaw { word, raw } => {
                let object = self.b.create_block();
                let merge = self.b.create_block();
                let result = self.b.append_block_param(merge, F64);
                let is_raw = self.b.ins().icmp_imm_s(IntCC::Equal, word, RAW_FLOAT);
                self.b
                    .ins()
                    .brif(is_raw, merge, &[BlockArg::Value(raw)], object, &[]);
                self.b.switch_to_block(object);
                let x = self.float_value(word, ints, otherwise);
                self.b.ins().jump(merge, &[BlockArg::Value(x)]);
                self.b.switch_to_block(merge);
                result
            }
        }
    }

    /// Arithmetic inline: on two small ints (`+ - * // % & | ^ >>`, with overflow checks) and
    /// on floats, or a float and a small int (`+ - * / **`), falling back to the runtime for
    /// other types, division by zero and results the inline paths cannot give. With
    /// `raw_result`, a float result stays unboxed: the value is `RAW_FLOAT` and the float comes
    /// second.
    fn codegen_arithmetic(
        &mut self,
        runtime: &'static str,
        op: ir::BinaryOp,
        a: &Operand,
        b: &Operand,
        raw_result: bool,
    ) -> (Value, Option<Value>) {
        use ir::BinaryOp as B;
        let a = self.number(a);
        let b = self.number(b);
        let code = self.op_code(op as i64);
        let float_path = unboxed::has_float_path(op);
        let int_path = matches!(
            op,
            B::Add
                | B::Sub
                | B::Mul
                | B::TrueDiv
                | B::FloorDiv
                | B::Mod
                | B::BitAnd
                | B::BitOr
                | B::BitXor
                | B::RShift
        );
        if !float_path && !int_path {
            let (a, b) = (self.boxed(a), self.boxed(b));
            return (self.checked(runtime, &[code, a, b]), None);
        }
        let not_small = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let raw = raw_result.then(|| self.b.append_block_param(merge, F64));
        let float_zero = self.b.ins().f64const(0.0);
        let exits = |value: Value| {
            let mut args = vec![BlockArg::Value(value)];
            if raw_result {
                args.push(BlockArg::Value(float_zero));
            }
            args
        };
        match (a.word(), b.word()) {
            (Some(x), Some(y)) if int_path => {
                let fast = self.b.create_block();
                self.branch_if_small_ints(x, y, fast, not_small);
                self.b.switch_to_block(fast);
                let (tagged, failed) = self.small_int_operation(op, x, y);
                self.b.ins().brif(failed, slow, &[], merge, &exits(tagged));
            }
            // `**` of two ints is an int (or a float for negative exponents): the runtime's.
            (Some(x), Some(y)) => self.branch_if_small_ints(x, y, slow, not_small),
            _ => {
                self.b.ins().jump(not_small, &[]);
            }
        }
        self.b.switch_to_block(not_small);
        if float_path {
            let x = self.float_of(a, true, slow);
            let y = self.float_of(b, true, slow);
            let z = self.float_operation(op, x, y, slow);
            if raw_result {
                let marker = self.b.ins().iconst(I64, RAW_FLOAT);
                self.b
                    .ins()
                    .jump(merge, &[BlockArg::Value(marker), BlockArg::Value(z)]);
            } else {
                let boxed = self.box_float(z);
                self.b.ins().jump(merge, &exits(boxed));
            }
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let (x, y) = (self.boxed(a), self.boxed(b));
        let general = self.checked(runtime, &[code, x, y]);
        self.b.ins().jump(merge, &exits(general));
        self.b.switch_to_block(merge);
        (result, raw)
    }

    /// `x op y` on two floats where the result is CPython's without special cases; jumps to
    /// `otherwise` (the runtime, which raises or handles them) for division by zero and for
    /// powers other than of a positive base with a finite result.
    fn float_operation(&mut self, op: ir::BinaryOp, x: Value, y: Value, otherwise: Block) -> Value {
        use ir::BinaryOp as B;
        match op {
            B::Add => self.b.ins().fadd(x, y),
            B::Sub => self.b.ins().fsub(x, y),
            B::Mul => self.b.ins().fmul(x, y),
            B::TrueDiv => {
                let zero = self.b.ins().f64const(0.0);
                let by_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                let divide = self.b.create_block();
                self.b.ins().brif(by_zero, otherwise, &[], divide, &[]);
                self.b.switch_to_block(divide);
                self.b.ins().fdiv(x, y)
            }
            _ => {
                // A negative base gives a complex number or an error; an infinite result
                // of finite operands is an OverflowError.
                let zero = self.b.ins().f64const(0.0);
                let not_positive = self
                    .b
                    .ins()
                    .fcmp(FloatCC::UnorderedOrLessThanOrEqual, x, zero);
                let power = self.b.create_block();
                let square_root = self.b.create_block();
                let finished = self.b.create_block();
                let z = self.b.append_block_param(finished, F64);
                self.b
                    .ins()
                    .brif(not_positive, otherwise, &[], square_root, &[]);
                self.b.switch_to_block(square_root);
                self.square_root_as_pow(x, y, power, finished);
                self.b.switch_to_block(power);
                let id = self.cx.runtime_function("pow");
                let callee = self.cx.func_ref(id, self.b.func);
                let call = self.b.ins().call(callee, &[x, y]);
                let power_result = self.b.inst_results(call)[0];
                let magnitude = self.b.ins().fabs(power_result);
                let infinity = self.b.ins().f64const(f64::INFINITY);
                let overflow = self.b.ins().fcmp(FloatCC::Equal, magnitude, infinity);
                self.b.ins().brif(
                    overflow,
                    otherwise,
                    &[],
                    finished,
                    &[BlockArg::Value(power_result)],
                );
                self.b.switch_to_block(finished);
                z
            }
        }
    }

    /// `x ** y` for a positive `x` as the correctly rounded square root when `y` is 0.5 and
    /// libm's `pow` must agree, jumping to `finished` with it; to `power` otherwise.
    /// glibc's `pow` is within 0.54 ULP of the exact result, so where the exact root lies
    /// within 0.4 ULP of `sqrt(x)`, every other double is too far away for `pow` to return
    /// it. The residual `x - s*s`, exact with a fused multiply-add, measures that distance:
    /// the root is `s + r/(2s)` to first order. Tiny `x` is left to `pow`, where the residual
    /// could underflow; infinite `x` fails the test through a NaN residual.
    fn square_root_as_pow(&mut self, x: Value, y: Value, power: Block, finished: Block) {
        let half = self.b.ins().f64const(0.5);
        let is_half = self.b.ins().fcmp(FloatCC::Equal, y, half);
        let smallest = self.b.ins().f64const(1e-290);
        let large_enough = self.b.ins().fcmp(FloatCC::GreaterThan, x, smallest);
        let candidate = self.b.ins().band(is_half, large_enough);
        let root = self.b.create_block();
        self.b.ins().brif(candidate, root, &[], power, &[]);
        self.b.switch_to_block(root);
        let s = self.b.ins().sqrt(x);
        let minus_s = self.b.ins().fneg(s);
        let residual = self.b.ins().fma(minus_s, s, x);
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), s);
        let below_bits = self.b.ins().iadd_imm_s(bits, -1);
        let below = self.b.ins().bitcast(F64, MemFlagsData::new(), below_bits);
        let ulp = self.b.ins().fsub(s, below);
        let factor = self.b.ins().f64const(0.8);
        let scaled = self.b.ins().fmul(s, factor);
        let bound = self.b.ins().fmul(scaled, ulp);
        let distance = self.b.ins().fabs(residual);
        let agrees = self.b.ins().fcmp(FloatCC::LessThan, distance, bound);
        self.b
            .ins()
            .brif(agrees, finished, &[BlockArg::Value(s)], power, &[]);
    }

    /// The tagged result of `op` on two tagged small ints, and a flag that is non-zero when
    /// the runtime must do it instead (overflow, division by zero, negative shift).
    fn small_int_operation(&mut self, op: ir::BinaryOp, a: Value, b: Value) -> (Value, Value) {
        use ir::BinaryOp as B;
        let never = self.b.ins().iconst(cranelift_codegen::ir::types::I8, 0);
        match op {
            // With a = 2x+1 and b = 2y+1: a + (b-1) = 2(x+y)+1, a - (b-1) = 2(x-y)+1 and
            // (a-1)*y + 1 = 2xy+1; the machine overflow flag is exactly the small-int overflow.
            B::Add => {
                let untagged_b = self.b.ins().iadd_imm_s(b, -1);
                self.b.ins().sadd_overflow(a, untagged_b)
            }
            B::Sub => {
                let untagged_b = self.b.ins().iadd_imm_s(b, -1);
                self.b.ins().ssub_overflow(a, untagged_b)
            }
            B::Mul => {
                let doubled_x = self.b.ins().iadd_imm_s(a, -1);
                let y = self.b.ins().sshr_imm_s(b, 1);
                let (product, overflow) = self.b.ins().smul_overflow(doubled_x, y);
                (self.b.ins().iadd_imm_s(product, 1), overflow)
            }
            B::TrueDiv => {
                // Exact operands (|x|, |y| <= 2**53) give CPython's correctly rounded quotient.
                let x = self.b.ins().sshr_imm_s(a, 1);
                let y = self.b.ins().sshr_imm_s(b, 1);
                let x_inexact = self.beyond_exact_float(x);
                let y_inexact = self.beyond_exact_float(y);
                let by_zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let failed = self.b.ins().bor(x_inexact, y_inexact);
                let failed = self.b.ins().bor(failed, by_zero);
                let one = self.b.ins().iconst(I64, 1);
                let divisor = self.b.ins().select(by_zero, one, y);
                let x = self.b.ins().fcvt_from_sint(F64, x);
                let y = self.b.ins().fcvt_from_sint(F64, divisor);
                let quotient = self.b.ins().fdiv(x, y);
                let boxed = self.box_float(quotient);
                (boxed, failed)
            }
            // The tag bit survives and/or; xor clears it.
            B::BitAnd => (self.b.ins().band(a, b), never),
            B::BitOr => (self.b.ins().bor(a, b), never),
            B::BitXor => {
                let x = self.b.ins().bxor(a, b);
                (self.b.ins().bor_imm_s(x, 1), never)
            }
            B::RShift => {
                let x = self.b.ins().sshr_imm_s(a, 1);
                let y = self.b.ins().sshr_imm_s(b, 1);
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
                let limit = self.b.ins().iconst(I64, 63);
                let amount = self.b.ins().smin(y, limit);
                let shifted = self.b.ins().sshr(x, amount);
                (self.tag(shifted), negative)
            }
            _ => {
                // Floor division and modulo: truncating division, then CPython's correction
                // towards negative infinity when the remainder's sign differs from the divisor's.
                let x = self.b.ins().sshr_imm_s(a, 1);
                let y = self.b.ins().sshr_imm_s(b, 1);
                let by_zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let one = self.b.ins().iconst(I64, 1);
                let divisor = self.b.ins().select(by_zero, one, y);
                let quotient = self.b.ins().sdiv(x, divisor);
                let product = self.b.ins().imul(quotient, divisor);
                let remainder = self.b.ins().isub(x, product);
                let inexact = self.b.ins().icmp_imm_s(IntCC::NotEqual, remainder, 0);
                let signs = self.b.ins().bxor(remainder, divisor);
                let opposite = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
                let adjust = self.b.ins().band(inexact, opposite);
                let zero = self.b.ins().iconst(I64, 0);
                if op == B::Mod {
                    let correction = self.b.ins().select(adjust, divisor, zero);
                    let modulo = self.b.ins().iadd(remainder, correction);
                    (self.tag(modulo), by_zero)
                } else {
                    let correction = self.b.ins().select(adjust, one, zero);
                    let floor = self.b.ins().isub(quotient, correction);
                    let doubled = self.b.ins().ishl_imm_s(floor, 1);
                    let back = self.b.ins().sshr_imm_s(doubled, 1);
                    let overflow = self.b.ins().icmp(IntCC::NotEqual, back, floor);
                    let failed = self.b.ins().bor(by_zero, overflow);
                    (self.tag(floor), failed)
                }
            }
        }
    }

    /// Non-zero when the int `n` is not exactly representable as a float (|n| > 2**53).
    fn beyond_exact_float(&mut self, n: Value) -> Value {
        let limit = 1i64 << 53;
        let shifted = self.b.ins().iadd_imm_s(n, limit);
        self.b
            .ins()
            .icmp_imm_u(IntCC::UnsignedGreaterThan, shifted, 2 * limit)
    }

    /// The float value of a float object or (with `ints`) a small int, converted with
    /// correct rounding as CPython does for mixed arithmetic; jumps to `otherwise` for
    /// anything else.
    fn float_value(&mut self, v: Value, ints: bool, otherwise: Block) -> Value {
        let object = self.b.create_block();
        let float = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, F64);
        if ints {
            let small = self.b.create_block();
            let tag = self.b.ins().band_imm_s(v, 1);
            self.b.ins().brif(tag, small, &[], object, &[]);
            self.b.switch_to_block(small);
            let n = self.b.ins().sshr_imm_s(v, 1);
            let converted = self.b.ins().fcvt_from_sint(F64, n);
            self.b.ins().jump(merge, &[BlockArg::Value(converted)]);
        } else {
            self.b.ins().jump(object, &[]);
        }
        self.b.switch_to_block(object);
        self.branch_if_kind(v, KIND_FLOAT, float, otherwise);
        self.b.switch_to_block(float);
        let x = self
            .b
            .ins()
            .load(F64, MemFlagsData::trusted(), v, FLOAT_VALUE);
        self.b.ins().jump(merge, &[BlockArg::Value(x)]);
        self.b.switch_to_block(merge);
        result
    }

    /// The tagged small int for `n`, which must fit.
    fn tag(&mut self, n: Value) -> Value {
        let doubled = self.b.ins().ishl_imm_s(n, 1);
        self.b.ins().bor_imm_s(doubled, 1)
    }

    /// Ordering comparisons of two small ints compare the tagged words directly.
    fn codegen_compare(&mut self, op: ir::CompareOp, a: &Operand, b: &Operand) -> Value {
        let a = self.number(a);
        let b = self.number(b);
        let code = self.op_code(op as i64);
        if matches!(op, ir::CompareOp::In | ir::CompareOp::NotIn) {
            let (a, b) = (self.boxed(a), self.boxed(b));
            return self.checked("rt_compare", &[code, a, b]);
        }
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        self.inline_comparison(op, a, b, slow, &mut |fx, holds| {
            let boolean = fx.boolean(holds);
            fx.b.ins().jump(merge, &[BlockArg::Value(boolean)]);
        });
        self.b.switch_to_block(slow);
        let (a, b) = (self.boxed(a), self.boxed(b));
        let general = self.checked("rt_compare", &[code, a, b]);
        self.b.ins().jump(merge, &[BlockArg::Value(general)]);
        self.b.switch_to_block(merge);
        result
    }

    /// `if a op b:` without making the bool: the inline paths branch on the machine
    /// condition; the runtime's result (any object) is tested for truth.
    fn compare_and_branch(
        &mut self,
        op: ir::CompareOp,
        a: &Operand,
        b: &Operand,
        then_block: Block,
        else_block: Block,
    ) {
        let a = self.number(a);
        let b = self.number(b);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        self.inline_comparison(op, a, b, slow, &mut |fx, holds| {
            fx.b.ins().brif(holds, then_block, &[], else_block, &[]);
        });
        self.b.switch_to_block(slow);
        let code = self.op_code(op as i64);
        let (a, b) = (self.boxed(a), self.boxed(b));
        let general = self.checked("rt_compare", &[code, a, b]);
        self.branch_on_truth(general, then_block, else_block);
    }

    /// The inline paths of an ordering or equality comparison: two small ints compare their
    /// tagged words, two floats their values, each path ending with `finish` given the
    /// machine condition; anything else jumps to `slow`. Ints and floats compare exactly in
    /// CPython, which a conversion does not always match, so an int and a float take the
    /// slow path.
    fn inline_comparison(
        &mut self,
        op: ir::CompareOp,
        a: Number,
        b: Number,
        slow: Block,
        finish: &mut dyn FnMut(&mut Self, Value),
    ) {
        use ir::CompareOp as C;
        let (int_condition, float_condition) = match op {
            C::Eq => (IntCC::Equal, FloatCC::Equal),
            C::NotEq => (IntCC::NotEqual, FloatCC::NotEqual),
            C::Lt => (IntCC::SignedLessThan, FloatCC::LessThan),
            C::LtE => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
            C::Gt => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
            C::GtE | C::In | C::NotIn => {
                (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual)
            }
        };
        let not_small = self.b.create_block();
        if let (Some(x), Some(y)) = (a.word(), b.word()) {
            let fast = self.b.create_block();
            self.branch_if_small_ints(x, y, fast, not_small);
            self.b.switch_to_block(fast);
            let holds = self.b.ins().icmp(int_condition, x, y);
            finish(self, holds);
        } else {
            self.b.ins().jump(not_small, &[]);
        }
        self.b.switch_to_block(not_small);
        let x = self.float_of(a, false, slow);
        let y = self.float_of(b, false, slow);
        let holds = self.b.ins().fcmp(float_condition, x, y);
        finish(self, holds);
    }

    /// Jumps to `matching` when `v` is an object whose header has `kind`, else to
    /// `otherwise` (small ints are not objects).
    fn branch_if_kind(&mut self, v: Value, kind: i64, matching: Block, otherwise: Block) {
        let object = self.b.create_block();
        let tag = self.b.ins().band_imm_s(v, 7);
        self.b.ins().brif(tag, otherwise, &[], object, &[]);
        self.b.switch_to_block(object);
        let header_kind = self.b.ins().uload32(MemFlagsData::trusted(), v, 0);
        let other_kind = self.b.ins().icmp_imm_s(IntCC::NotEqual, header_kind, kind);
        self.b.ins().brif(other_kind, otherwise, &[], matching, &[]);
    }

    /// `True` or `False` for a machine condition.
    fn boolean(&mut self, holds: Value) -> Value {
        let true_ = self.data_address(self.statics.true_);
        let false_ = self.data_address(self.statics.false_);
        self.b.ins().select(holds, true_, false_)
    }

    fn build(&mut self, name: &'static str, items: &[Operand]) -> Value {
        let (pointer, count) = self.operands_array(items);
        self.checked(name, &[pointer, count])
    }
}

fn unbound_raiser(free: bool) -> &'static str {
    if free {
        "rt_raise_unbound_free"
    } else {
        "rt_raise_unbound_local"
    }
}
