//! Codegen: closc's IR to Cranelift IR, compiled into one object file for the host.
//!
//! An object file holds one unit of compilation (`Unit`): the program's own modules, or one
//! module closc ships, compiled once and cached. Every IR function becomes a native function
//! `fn(func, args) -> value`. A unit's initialisation fills its constant table, makes its code
//! objects and registers its modules; the program's unit has the C `main`, which initialises
//! every unit, runs the main module's body and hands its result to the runtime's
//! `rt_finish`. Every call into the runtime goes through `FunctionCx::call_rt`, and a
//! null result from an operation that can raise branches to the innermost handler.

mod alloc;
mod attributes;
mod calls;
mod common;
mod debug;
mod exceptions;
mod function;
mod int_clone;
mod iteration;
mod numbers;
mod operations;
mod startup;
mod statements;
mod suspension;

use crate::ir::{self, Const, Op};
use closc_abi::{attr_cache, call};
use cranelift_codegen::ir::types::{F64, I32, I64};
use cranelift_codegen::ir::{
    AbiParam, Block, FuncRef, Function, GlobalValue, GlobalValueData, StackSlot, Value,
};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use iteration::{RangeLoop, SequenceLoop};
use std::collections::HashMap;

pub struct Output {
    pub object: Vec<u8>,
    /// The Cranelift IR of every function, for `--emit=clif`.
    pub clif: String,
}

/// What an object file holds.
pub enum Unit<'a> {
    /// The program's own modules (`__main__` first) and the C `main`, which registers the
    /// runtime's native modules `natives` (the only ones the executable then links) and
    /// calls the initialisation functions `shipped_inits` of the shipped units it links.
    Program {
        natives: &'a [String],
        shipped_inits: &'a [String],
    },
    /// Modules closc ships, initialised by the exported function `init(module_base)`: their
    /// runtime module numbers start at `module_base`.
    Shipped { init: &'a str },
}

/// The runtime function that makes the native module `module` importable.
pub fn native_registration_symbol(module: &str) -> String {
    format!("closc_native_{module}")
}

/// The exported initialisation function of the shipped unit holding `module`.
pub fn shipped_init_symbol(module: &str) -> String {
    format!("closc_init_{}", module.replace('.', "__"))
}

/// Compiles `program` into an object file. With `debug` (`closc build -g`), compiled functions
/// get readable symbol names and the object carries DWARF line tables (`debug.rs`).
pub fn compile(
    program: &ir::Module,
    unit: &Unit,
    keep_clif: bool,
    debug: bool,
) -> Result<Output, String> {
    let mut flags = settings::builder();
    // Not `is_pic`: every symbol generated code references is colocated (`func_ref`,
    // `data_ref`), so its references are RIP-relative and the linked executable is still
    // position-independent; `is_pic` would load each data address from the GOT instead.
    // Cranelift's verifier checks the IR closc generates: worth its cost (about 8% of a
    // build) in debug builds, which the test suite's programs can run with.
    let verify = if cfg!(debug_assertions) {
        "true"
    } else {
        "false"
    };
    for (name, value) in [
        ("opt_level", "speed"),
        ("is_pic", "false"),
        ("preserve_frame_pointers", "true"),
        ("enable_verifier", verify),
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
        debug: debug.then(debug::DebugInfo::default),
    };
    let table_size = program.consts.len() + program.functions.len();
    let globals = cx.data("closc_globals", program.globals.len())?;
    let attr_caches = cx
        .module
        .declare_data("closc_attr_caches", Linkage::Local, true, false)
        .map_err(|e| e.to_string())?;
    let consts = cx.data("closc_consts", table_size)?;
    let int_clones_given_up = cx.data("closc_int_clones_given_up", program.functions.len())?;
    let module_base = match unit {
        Unit::Program { .. } => None,
        Unit::Shipped { .. } => Some(cx.data("closc_module_base", 1)?),
    };
    let statics = Statics {
        globals,
        consts,
        none: cx.import_data("closc_None")?,
        true_: cx.import_data("closc_True")?,
        false_: cx.import_data("closc_False")?,
        frames_left: cx.import_data("closc_frames_left")?,
        fast_states: cx.import_data("closc_fast_states")?,
        gc_requested: cx.import_data("closc_gc_requested")?,
        ascii_chars: cx.import_data("closc_ascii_chars")?,
        code_base: program.consts.len(),
        attr_caches,
        int_clones_given_up,
        module_base,
    };
    let mut readable_names = debug.then(debug::SymbolNames::new);
    let mut symbol_name =
        |i: usize, function: &ir::Function, variant: &str| match &mut readable_names {
            Some(names) => {
                let module = &program.modules[function.module as usize].name;
                names.name(module, &function.qualname, variant)
            }
            None => format!("closc_fn{i}_{}{variant}", symbol_safe(&function.qualname)),
        };
    for (i, function) in program.functions.iter().enumerate() {
        let name = symbol_name(i, function, "");
        let signature = cx.function_signature(function);
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
        let name = symbol_name(i, function, if debug { "[int]" } else { "__int" });
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
        context.func.signature = cx.function_signature(function);
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
        cx.define(
            cx.functions[i],
            &mut context,
            &function.qualname,
            Some(function),
        )?;
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
                Some(function),
            )?;
        }
    }
    cx.initialisation(program, unit, &statics, &mut context, &mut builder_context)?;
    let mut caches = DataDescription::new();
    caches.define_zeroinit(cx.attr_sites.max(1) * attr_cache::WORDS * 8);
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
    let debug_info = cx.debug.take();
    let mut product = cx.module.finish();
    if let Some(debug_info) = debug_info {
        debug_info.emit(&mut product, &program.modules)?;
    }
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
    /// The address of the allocator's fast states (for inline allocation).
    fast_states: DataId,
    /// Non-zero when the collector wants to run at the next safepoint.
    gc_requested: DataId,
    /// The runtime's table of the strs of one ASCII character, by character.
    ascii_chars: DataId,
    /// Index in the constant table of function 0's code object.
    code_base: usize,
    /// `attr_cache::WORDS` zeroed words for each attribute site, defined once every
    /// function is lowered and the sites are counted.
    attr_caches: DataId,
    /// One word per function, set once its int clone has bailed: from then on the
    /// function runs its ordinary body only, so a clone that keeps bailing cannot make
    /// deep recursion quadratic.
    int_clones_given_up: DataId,
    /// In a shipped unit, the runtime number of its first module, which its initialisation
    /// stores; the program's unit numbers its modules from 0.
    module_base: Option<DataId>,
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
    /// Under `closc build -g`: the compiled functions and their lines so far. Codegen then
    /// marks each statement's instructions with its source line.
    debug: Option<debug::DebugInfo>,
}

impl ModuleCx {
    /// The native signature of `function`'s body: a stackless generator body takes the
    /// function and its frame.
    fn function_signature(&self, function: &ir::Function) -> cranelift_codegen::ir::Signature {
        if crate::stackless::qualifies(function) {
            let mut signature = self.module.make_signature();
            signature
                .params
                .extend([AbiParam::new(I64), AbiParam::new(I64)]);
            signature.returns.push(AbiParam::new(I64));
            signature
        } else {
            self.entry_signature(function.param_count())
        }
    }

    /// The native signature of a compiled function with `slots` parameter slots.
    fn entry_signature(&self, slots: usize) -> cranelift_codegen::ir::Signature {
        let mut signature = self.module.make_signature();
        let params = if slots <= call::MAX_REGISTER_SLOTS {
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

    /// Compiles the function built in `context` as `id`; `source` is the Python function it
    /// runs, whose lines `-g` records (None for the startup code).
    fn define(
        &mut self,
        id: FuncId,
        context: &mut Context,
        name: &str,
        source: Option<&ir::Function>,
    ) -> Result<(), String> {
        if let Some(clif) = &mut self.clif {
            clif.push_str(&format!("; {name}\n{}\n", context.func.display()));
        }
        self.module
            .define_function(id, context)
            .map_err(|e| format!("codegen of {name} failed: {e:?}"))?;
        if let (Some(debug), Some(function)) = (&mut self.debug, source) {
            debug.record(id, function, context)?;
        }
        self.module.clear_context(context);
        Ok(())
    }

    fn intern_string(&mut self, data: &[u8]) -> (usize, usize) {
        let span = (self.strings.len(), data.len());
        self.strings.extend_from_slice(data);
        span
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
        | "rt_code_set_module"
        | "rt_code_set_first_line"
        | "rt_code_set_frame_words" => (&[I64, I64], &[]),
        "rt_handler_leave" => (&[I64], &[]),
        "rt_traceback_here" => (&[I64, I64], &[]),
        "rt_gc_safepoint" => (&[], &[]),
        "rt_finish" => (&[I64], &[I32]),
        "rt_float_new" => (&[F64], V),
        "rt_complex_new" => (&[F64, F64], V),
        "pow" => (&[F64, F64], &[F64]),
        "rt_err_fetch" | "rt_frame_check" | "rt_run_main" | "rt_raise_handled" => (&[], V),
        "rt_binary" | "rt_inplace" | "rt_compare" => (&[I32, I64, I64], V),
        "rt_unary" => (&[I32, I64], V),
        "rt_builtin"
        | "rt_globals"
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
        | "rt_aiter"
        | "rt_async_with_exit"
        | "rt_async_for_abandon"
        | "rt_handler_enter"
        | "rt_err_restore"
        | "rt_raise_name_error"
        | "rt_raise_unbound_local"
        | "rt_raise_unbound_free"
        | "rt_assert_fail" => (&[I64], V),
        "rt_str_from_utf8"
        | "rt_bytes_new"
        | "rt_import"
        | "rt_import_from"
        | "rt_import_star"
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
        | "rt_except_star_match"
        | "rt_except_star_result"
        | "rt_yield"
        | "rt_anext"
        | "rt_exc_matches"
        | "rt_str_equal" => (&[I64, I64], V),
        "rt_call" | "rt_call_ex" | "rt_setitem" | "rt_locals" | "rt_class_namespace"
        | "rt_slice_new" | "rt_unpack" | "rt_kwargs_merge" | "rt_match_sequence"
        | "rt_getattr_cached" | "rt_await" => (&[I64, I64, I64], V),
        "rt_call_kw" | "rt_unpack_ex" | "rt_match_class" | "rt_setattr_cached" | "rt_getslice" => {
            (&[I64, I64, I64, I64], V)
        }
        "rt_call_method_cached" | "rt_setslice" => (&[I64, I64, I64, I64, I64], V),
        "rt_class_new" => (&[I64, I64, I64, I64, I64, I64], V),
        "rt_method_for_direct_call" => (&[I64, I64, I64], V),
        "rt_super_method" => (&[I64, I64, I64, I64, I64], V),
        "rt_call_with_self" => (&[I64, I64, I64, I64], V),
        "rt_instance_call_function" | "rt_new_for_init" => (&[I64, I64], V),
        "rt_init_returned" => (&[I64], V),
        "rt_code_new" => (&[I64, I64, I64, I64, I64, I64, I64, I64], V),
        "rt_module_register" => (&[I64, I64, I64, I64, I64, I64, I64, I64, I64], &[]),
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
    /// when the temp's value is `marker::RAW_FLOAT`.
    raw_floats: Vec<Option<Variable>>,
    /// For the locals that may hold a raw float: the float, valid when the slot holds
    /// `marker::RAW_FLOAT`.
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
    /// registers, valid while the temp holds `marker::RANGE_IN_REGISTERS`.
    range_loops: HashMap<ir::Temp, RangeLoop>,
    /// For each temp defined by `Op::IterLoop`: the list or tuple and the next index, valid
    /// while the temp holds `marker::SEQUENCE_IN_REGISTERS`.
    sequence_loops: HashMap<ir::Temp, SequenceLoop>,
    /// The index of the module the function belongs to.
    module_index: u32,
    /// The source line of the statement being run, which the error exit reports.
    line: Variable,
    /// The state of a stackless generator body's codegen, in one.
    stackless: Option<suspension::Stackless>,
}
