//! Attribute sites: their caches, and the inline paths for an instance's own attributes.

use super::FunctionCx;
use closc_abi::{attr_cache, class, instance, kind};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, MemFlagsData, Value};

impl<'m, 'f> FunctionCx<'m, 'f> {
    /// `object.name` at a fresh attribute site. The runtime's hit path for an inline
    /// attribute is inline (see `inline_slot`) when the slot holds a value; the runtime
    /// does everything else.
    pub(super) fn codegen_getattr(&mut self, object: Value, name: Value) -> Value {
        let cache = self.attr_cache();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        self.b.set_cold_block(general);
        let (address, _) = self.inline_slot(object, cache, attr_cache::SLOT_ENTRY, general);
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
    /// holds a value, or adding one at or beyond the fill mark (which keeps the insertion
    /// order, as `InstanceObj::set_slot`: the stores of `__init__`), is inline (see
    /// `inline_slot`); the runtime does everything else.
    pub(super) fn codegen_setattr(&mut self, object: Value, name: Value, value: Value) {
        let trusted = MemFlagsData::trusted();
        let cache = self.attr_cache();
        let replace = self.b.create_block();
        let empty = self.b.create_block();
        let append = self.b.create_block();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        self.b.set_cold_block(general);
        let (address, hint) =
            self.inline_slot(object, cache, attr_cache::STORE_SLOT_ENTRY, general);
        let current = self.b.ins().load(I64, trusted, address, 0);
        self.b.ins().brif(current, replace, &[], empty, &[]);
        self.b.switch_to_block(empty);
        let filled = self.b.ins().uload32(trusted, object, instance::FILLED);
        let in_order = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, hint, filled);
        self.b.ins().brif(in_order, append, &[], general, &[]);
        self.b.switch_to_block(append);
        let next = self.b.ins().iadd_imm_s(hint, 1);
        self.b
            .ins()
            .istore32(trusted, next, object, instance::FILLED);
        self.b.ins().jump(replace, &[]);
        self.b.switch_to_block(replace);
        self.b.ins().store(trusted, value, address, 0);
        self.b.ins().jump(merge, &[]);
        self.b.switch_to_block(general);
        self.checked("rt_setattr_cached", &[object, name, value, cache]);
        self.b.ins().jump(merge, &[]);
        self.b.switch_to_block(merge);
    }

    /// The address of an instance's inline value that the attribute site cache `cache`
    /// designates with its first entry, of kind `entry_kind`, and its index (the entry's
    /// hint): the entry applies (see `first_entry_hint`) and its hint is an index below the
    /// instance's capacity. Jumps to `general` otherwise (the runtime then checks the
    /// site's other entries).
    fn inline_slot(
        &mut self,
        object: Value,
        cache: Value,
        entry_kind: i64,
        general: Block,
    ) -> (Value, Value) {
        let within = self.b.create_block();
        let hint = self.first_entry_hint(object, cache, entry_kind, general, general);
        let capacity = self
            .b
            .ins()
            .uload32(MemFlagsData::trusted(), object, instance::CAPACITY);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, hint, capacity);
        self.b.ins().brif(inside, within, &[], general, &[]);
        self.b.switch_to_block(within);
        (self.slot_address(object, hint), hint)
    }

    /// The address of inline value `index` of instance `object`.
    fn slot_address(&mut self, object: Value, index: Value) -> Value {
        let offset = self.b.ins().ishl_imm_s(index, 3);
        let values = self.b.ins().iadd_imm_s(object, i64::from(instance::VALUES));
        self.b.ins().iadd(values, offset)
    }

    /// The hint of the first entry of the attribute site cache `cache` when `object` is an
    /// instance, the entry is of kind `entry_kind`, for the instance's class, and made
    /// under the class's current tag; jumps to `not_instance` when `object` is no
    /// instance, to `general` otherwise.
    fn first_entry_hint(
        &mut self,
        object: Value,
        cache: Value,
        entry_kind: i64,
        not_instance: Block,
        general: Block,
    ) -> Value {
        let trusted = MemFlagsData::trusted();
        let is_object = self.b.create_block();
        let is_instance = self.b.create_block();
        let cached_class = self.b.create_block();
        let entry = self.b.create_block();
        let tag = self.b.ins().band_imm_s(object, 7);
        self.b.ins().brif(tag, not_instance, &[], is_object, &[]);
        self.b.switch_to_block(is_object);
        self.branch_if_kind(object, kind::INSTANCE, is_instance, not_instance);
        self.b.switch_to_block(is_instance);
        let class = self.b.ins().load(I64, trusted, object, instance::CLASS);
        let owner = self.b.ins().load(I64, trusted, cache, attr_cache::OWNER);
        let same_class = self.b.ins().icmp(IntCC::Equal, class, owner);
        self.b
            .ins()
            .brif(same_class, cached_class, &[], general, &[]);
        self.b.switch_to_block(cached_class);
        let version = self.b.ins().load(I64, trusted, cache, attr_cache::VERSION);
        let current = self.b.ins().load(I64, trusted, class, class::TAG);
        let kind_hint = self
            .b
            .ins()
            .load(I64, trusted, cache, attr_cache::KIND_HINT);
        let kind = self.b.ins().band_imm_s(kind_hint, attr_cache::KIND_MASK);
        let kind_mismatch = self.b.ins().icmp_imm_s(IntCC::NotEqual, kind, entry_kind);
        let stale = self.b.ins().icmp(IntCC::NotEqual, version, current);
        let miss = self.b.ins().bor(kind_mismatch, stale);
        self.b.ins().brif(miss, general, &[], entry, &[]);
        self.b.switch_to_block(entry);
        self.b.ins().ushr_imm_s(kind_hint, attr_cache::HINT_SHIFT)
    }

    /// The compiled function that `object.name(...)` calls with `object` prepended when
    /// the first entry of the site's cache `cache` is a method entry that applies (see
    /// `first_entry_hint`), the function is a compiled one and the instance is inline
    /// and lacks the name (its hint is no slot index below the capacity, or that slot is
    /// empty): the runtime's hit path of `rt_method_for_direct_call`. Jumps to
    /// `not_instance` when `object` is no instance, to `general` otherwise.
    pub(super) fn inline_method(
        &mut self,
        object: Value,
        cache: Value,
        not_instance: Block,
        general: Block,
    ) -> Value {
        let trusted = MemFlagsData::trusted();
        let inline = self.b.create_block();
        let slot_in_range = self.b.create_block();
        let lacks = self.b.create_block();
        let hint = self.first_entry_hint(
            object,
            cache,
            attr_cache::METHOD_ENTRY,
            not_instance,
            general,
        );
        let dict = self.b.ins().load(I64, trusted, object, instance::DICT);
        self.b.ins().brif(dict, general, &[], inline, &[]);
        self.b.switch_to_block(inline);
        let capacity = self.b.ins().uload32(trusted, object, instance::CAPACITY);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, hint, capacity);
        self.b.ins().brif(inside, slot_in_range, &[], lacks, &[]);
        self.b.switch_to_block(slot_in_range);
        let address = self.slot_address(object, hint);
        let own = self.b.ins().load(I64, trusted, address, 0);
        self.b.ins().brif(own, general, &[], lacks, &[]);
        self.b.switch_to_block(lacks);
        let method = self.b.ins().load(I64, trusted, cache, attr_cache::FOUND);
        let is_function = self.b.create_block();
        self.branch_if_kind(method, kind::FUNCTION, is_function, general);
        self.b.switch_to_block(is_function);
        method
    }

    /// The address of a fresh attribute site's cache.
    pub(super) fn attr_cache(&mut self) -> Value {
        let site = self.cx.attr_sites;
        self.cx.attr_sites += 1;
        let base = self.data_address(self.statics.attr_caches);
        self.b
            .ins()
            .iadd_imm_s(base, (site * attr_cache::WORDS * 8) as i64)
    }
}
