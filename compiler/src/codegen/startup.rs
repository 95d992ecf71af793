//! A unit's initialisation, and the C `main`: starts the runtime, initialises the units
//! (constant tables, code objects, module registration) and runs the main module.

use super::{ModuleCx, Statics, Unit};
use crate::ir::{self, Const};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{
    AbiParam, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Value,
};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataId, Linkage, Module};

impl ModuleCx {
    /// The unit's entry: for the program, `main(argc, argv)`, which starts the runtime,
    /// initialises every unit, runs the main module's body and lets the runtime turn its
    /// outcome into the exit status; for a shipped unit, `init(module_base)`, which returns
    /// the number of the next unit's first module.
    pub(super) fn initialisation(
        &mut self,
        program: &ir::Module,
        unit: &Unit,
        statics: &Statics,
        context: &mut Context,
        builder_context: &mut FunctionBuilderContext,
    ) -> Result<(), String> {
        let init_signature = self.init_signature();
        let (name, signature) = match unit {
            Unit::Program { .. } => {
                let mut signature = self.module.make_signature();
                signature
                    .params
                    .extend([AbiParam::new(I32), AbiParam::new(I64)]);
                signature.returns.push(AbiParam::new(I32));
                ("main", signature)
            }
            Unit::Shipped { init } => (*init, init_signature.clone()),
        };
        let entry_id = self
            .module
            .declare_function(name, Linkage::Export, &signature)
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
        let params = b.block_params(entry).to_vec();
        let mut init = InitCx {
            cx: self,
            b,
            strings: strings_id,
        };
        match unit {
            Unit::Program {
                natives,
                shipped_inits,
            } => {
                init.call_void("rt_start", &params);
                let registration = init.cx.module.make_signature();
                for native in *natives {
                    let symbol = super::native_registration_symbol(native);
                    let id = init
                        .cx
                        .module
                        .declare_function(&symbol, Linkage::Import, &registration)
                        .map_err(|e| e.to_string())?;
                    let callee = init.cx.func_ref(id, init.b.func);
                    init.b.ins().call(callee, &[]);
                }
                let base = init.b.ins().iconst(I64, 0);
                let mut next = init.unit(program, statics, base);
                for symbol in *shipped_inits {
                    let id = init
                        .cx
                        .module
                        .declare_function(symbol, Linkage::Import, &init_signature)
                        .map_err(|e| e.to_string())?;
                    let callee = init.cx.func_ref(id, init.b.func);
                    let call = init.b.ins().call(callee, &[next]);
                    next = init.b.inst_results(call)[0];
                }
                let result = init.call("rt_run_main", &[]);
                let status = init.call("rt_finish", &[result]);
                init.b.ins().return_(&[status]);
            }
            Unit::Shipped { .. } => {
                let base = params[0];
                if let Some(module_base) = statics.module_base {
                    let address = init.address(module_base);
                    init.b
                        .ins()
                        .store(MemFlagsData::trusted(), base, address, 0);
                }
                let next = init.unit(program, statics, base);
                init.b.ins().return_(&[next]);
            }
        }
        init.b.seal_all_blocks();
        let config = init.cx.module.target_config();
        init.b.finalize(config);
        self.define(entry_id, context, name, None)
    }

    /// `fn(module_base) -> next_module_base`.
    fn init_signature(&self) -> cranelift_codegen::ir::Signature {
        let mut signature = self.module.make_signature();
        signature.params.push(AbiParam::new(I64));
        signature.returns.push(AbiParam::new(I64));
        signature
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
        self.data(s.as_bytes())
    }

    /// The address and length of `data` in the string data.
    fn data(&mut self, data: &[u8]) -> [Value; 2] {
        let (offset, len) = self.cx.intern_string(data);
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
            Const::Bytes(data) => {
                let data = self.data(data);
                self.call("rt_bytes_new", &data)
            }
            Const::BigInt(digits) => {
                let bytes = self.bytes(digits);
                self.call("rt_int_from_decimal", &bytes)
            }
            Const::Float(x) => {
                let x = self.b.ins().f64const(*x);
                self.call("rt_float_new", &[x])
            }
            Const::Complex(imag) => {
                let real = self.b.ins().f64const(0.0);
                let imag = self.b.ins().f64const(*imag);
                self.call("rt_complex_new", &[real, imag])
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

    /// Makes the unit's constants and code objects and registers its modules, numbered from
    /// `base`; returns the number after its last module.
    fn unit(&mut self, program: &ir::Module, statics: &Statics, base: Value) -> Value {
        let globals = self.address(statics.globals);
        let consts = self.address(statics.consts);
        let nglobals = self.b.ins().iconst(I64, program.globals.len() as i64);
        self.call_void("rt_register_roots", &[globals, nglobals]);
        let table_size = program.consts.len() + program.functions.len();
        let nconsts = self.b.ins().iconst(I64, table_size as i64);
        self.call_void("rt_register_roots", &[consts, nconsts]);
        for (i, constant) in program.consts.iter().enumerate() {
            let value = self.constant(constant);
            self.b
                .ins()
                .store(MemFlagsData::trusted(), value, consts, (i * 8) as i32);
        }
        let mut codes = Vec::with_capacity(program.functions.len());
        for (i, function) in program.functions.iter().enumerate() {
            let code = self.code_object(function, i, base);
            let offset = ((statics.code_base + i) * 8) as i32;
            self.b
                .ins()
                .store(MemFlagsData::trusted(), code, consts, offset);
            codes.push(code);
        }
        for module in &program.modules {
            self.register_module(program, module, codes[module.body as usize], globals);
        }
        self.b.ins().iadd_imm_s(base, program.modules.len() as i64)
    }

    /// Registers a module with the runtime, which makes its module object and runs its
    /// body at its first import.
    fn register_module(
        &mut self,
        program: &ir::Module,
        module: &ir::ModuleInfo,
        body: Value,
        globals: Value,
    ) {
        let name = self.str(&module.name);
        let file = self.optional_str(module.file.as_deref());
        let package = self.optional_str(module.package.as_deref());
        let doc = self.optional_str(module.doc.as_deref());
        let path = match &module.package_dirs {
            Some(dirs) => self.str_tuple(dirs),
            None => self.b.ins().iconst(I64, 0),
        };
        let range = module.globals.start as usize..module.globals.end as usize;
        let slot_names = self.str_tuple(&program.globals[range]);
        let source = self.str(&module.source);
        let slots = self
            .b
            .ins()
            .iadd_imm_s(globals, i64::from(module.globals.start) * 8);
        self.call_void(
            "rt_module_register",
            &[
                name, file, package, doc, path, body, source, slot_names, slots,
            ],
        );
    }

    /// A str, or 0 for None.
    fn optional_str(&mut self, s: Option<&str>) -> Value {
        match s {
            Some(s) => self.str(s),
            None => self.b.ins().iconst(I64, 0),
        }
    }

    fn code_object(&mut self, function: &ir::Function, index: usize, base: Value) -> Value {
        let name = self.str(&function.name);
        let qualname = self.str(&function.qualname);
        let callee = self.cx.func_ref(self.cx.functions[index], self.b.func);
        let entry = self.b.ins().func_addr(I64, callee);
        let argcount = self.b.ins().iconst(I64, function.argcount as i64);
        let kwonly = self.b.ins().iconst(I64, function.kwonlycount as i64);
        let flags = i64::from(function.has_varargs)
            | (i64::from(function.has_varkeywords) << 1)
            | (i64::from(function.is_generator) << 2)
            | (i64::from(function.is_coroutine) << 3)
            | (i64::from(function.runs_code_on_close()) << 4);
        let stackless = crate::stackless::qualifies(function);
        let flags = if stackless {
            flags | closc_abi::generator_frame::STACKLESS
        } else {
            flags
        };
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
        let module = self.b.ins().iadd_imm_s(base, i64::from(function.module));
        self.call_void("rt_code_set_module", &[code, module]);
        let first_line = self.b.ins().iconst(I64, i64::from(function.first_line));
        self.call_void("rt_code_set_first_line", &[code, first_line]);
        if stackless {
            let words = crate::stackless::layout(function).words;
            let words = self.b.ins().iconst(I64, words as i64);
            self.call_void("rt_code_set_frame_words", &[code, words]);
        }
        code
    }
}
