// SQLite transactions here read and then write. Begun as readers (plain BEGIN), two connections
// (two servers, or the CLI beside a server) can both read and then both ask to write: one must
// fail at once with "database is locked", which no busy timeout can wait out, because its
// snapshot is already stale. Begun as writers (BEGIN IMMEDIATE), the second waits its turn.
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from "kysely";

class WriterSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

export class WriterSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new WriterSqliteDriver(this.#config);
  }
}
