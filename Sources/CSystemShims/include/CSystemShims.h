#ifndef ATLAS_CSYSTEMSHIMS_H
#define ATLAS_CSYSTEMSHIMS_H

/// Exchanges two entries of the folder `dirfd` in one atomic step (Linux renameat2 with
/// RENAME_EXCHANGE, Darwin renameatx_np with RENAME_SWAP). Returns 0, or -1 with errno set;
/// EINVAL or ENOSYS mean the file system or kernel cannot do it atomically.
int atlas_exchange_at(int dirfd, const char *first, const char *second);

/// Renames `from` in `fromfd` to `to` in `tofd`, failing with EEXIST rather than replacing `to`.
int atlas_rename_noreplace_at(int fromfd, const char *from, int tofd, const char *to);

/// Flushes one open file, or a folder's entries, to stable storage (fsync; F_FULLFSYNC on Apple).
int atlas_flush(int fd);

#endif
