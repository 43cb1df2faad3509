extension Array {
    /// What `read` takes from the element at `index`, read where the element is stored.
    ///
    /// A field of an element read by subscript (`specs[i].projects`) copies the whole
    /// element first when the field holds references: every text, list and expression of a
    /// project or coupling retained and released to read one list. Read through the buffer,
    /// only what `read` returns is copied.
    @inlinable func inPlace<Value>(_ index: Int, _ read: (Element) -> Value) -> Value {
        precondition(index >= 0 && index < count, "index out of range")
        return withUnsafeBufferPointer { read($0[index]) }
    }
}
