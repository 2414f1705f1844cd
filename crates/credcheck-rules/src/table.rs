//! A table of short rows in one allocation: the per-word look-ups of the matching loop read
//! one offset and a contiguous slice instead of chasing a pointer per word.

/// Rows of `T` indexed `0..len`, stored back to back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Table<T> {
    /// Row `i` is `items[offsets[i]..offsets[i + 1]]`.
    offsets: Vec<u32>,
    items: Vec<T>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            offsets: vec![0],
            items: Vec::new(),
        }
    }
}

impl<T: Clone> Table<T> {
    /// The rows of `rows`, in order.
    pub fn from_rows(rows: &[Vec<T>]) -> Table<T> {
        let mut offsets = Vec::with_capacity(rows.len() + 1);
        let mut items = Vec::with_capacity(rows.iter().map(Vec::len).sum());
        offsets.push(0);
        for row in rows {
            items.extend_from_slice(row);
            offsets.push(items.len() as u32);
        }
        Table { offsets, items }
    }
}

impl<T> Table<T> {
    /// Row `i`; empty past the last row.
    #[inline]
    pub fn row(&self, i: usize) -> &[T] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.items[a as usize..b as usize],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Table;

    #[test]
    fn rows_come_back_as_given_and_rows_past_the_end_are_empty() {
        let rows = vec![vec![1, 2], vec![], vec![3]];
        let t = Table::from_rows(&rows);
        for (i, r) in rows.iter().enumerate() {
            assert_eq!(t.row(i), r.as_slice());
        }
        assert!(t.row(3).is_empty());
        assert!(Table::<u8>::default().row(0).is_empty());
    }
}
