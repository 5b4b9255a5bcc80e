import * as migration_20261127_162937_initial from './20261127_162937_initial'
import * as migration_20261127_175009_enquiries from './20261127_175009_enquiries'
import * as migration_20261127_181000_search from './20261127_181000_search'
import * as migration_20261127_185442_translation from './20261127_185442_translation'
import * as migration_20261128_150000_rate_limits from './20261128_150000_rate_limits'
import * as migration_20261128_154545_privacy from './20261128_154545_privacy'
import * as migration_20261128_155921_backup_status from './20261128_155921_backup_status'
import * as migration_20261128_174727_users_language from './20261128_174727_users_language'
import * as migration_20261128_200823_site_identity from './20261128_200823_site_identity'
import * as migration_20261204_235808_redirects from './20261204_235808_redirects'
import * as migration_20261205_030630_launch_readiness from './20261205_030630_launch_readiness'
import * as migration_20261205_043000_data_startup_backfills from './20261205_043000_data_startup_backfills'
import * as migration_20261205_062225_insights from './20261205_062225_insights'
import * as migration_20261205_062728_media_s3 from './20261205_062728_media_s3'
import * as migration_20261205_062800_data_native_third_pass from './20261205_062800_data_native_third_pass'
import * as migration_20261205_094000_search_every_type from './20261205_094000_search_every_type'
import * as migration_20261205_122939_search_indexes_generated from './20261205_122939_search_indexes_generated'

export const migrations = [
  {
    up: migration_20261127_162937_initial.up,
    down: migration_20261127_162937_initial.down,
    name: '20261127_162937_initial',
  },
  {
    up: migration_20261127_175009_enquiries.up,
    down: migration_20261127_175009_enquiries.down,
    name: '20261127_175009_enquiries',
  },
  {
    up: migration_20261127_181000_search.up,
    down: migration_20261127_181000_search.down,
    name: '20261127_181000_search',
  },
  {
    up: migration_20261127_185442_translation.up,
    down: migration_20261127_185442_translation.down,
    name: '20261127_185442_translation',
  },
  {
    up: migration_20261128_150000_rate_limits.up,
    down: migration_20261128_150000_rate_limits.down,
    name: '20261128_150000_rate_limits',
  },
  {
    up: migration_20261128_154545_privacy.up,
    down: migration_20261128_154545_privacy.down,
    name: '20261128_154545_privacy',
  },
  {
    up: migration_20261128_155921_backup_status.up,
    down: migration_20261128_155921_backup_status.down,
    name: '20261128_155921_backup_status',
  },
  {
    up: migration_20261128_174727_users_language.up,
    down: migration_20261128_174727_users_language.down,
    name: '20261128_174727_users_language',
  },
  {
    up: migration_20261128_200823_site_identity.up,
    down: migration_20261128_200823_site_identity.down,
    name: '20261128_200823_site_identity',
  },
  {
    up: migration_20261204_235808_redirects.up,
    down: migration_20261204_235808_redirects.down,
    name: '20261204_235808_redirects',
  },
  {
    up: migration_20261205_030630_launch_readiness.up,
    down: migration_20261205_030630_launch_readiness.down,
    name: '20261205_030630_launch_readiness',
  },
  {
    up: migration_20261205_043000_data_startup_backfills.up,
    down: migration_20261205_043000_data_startup_backfills.down,
    name: '20261205_043000_data_startup_backfills',
  },
  {
    up: migration_20261205_062225_insights.up,
    down: migration_20261205_062225_insights.down,
    name: '20261205_062225_insights',
  },
  {
    up: migration_20261205_062728_media_s3.up,
    down: migration_20261205_062728_media_s3.down,
    name: '20261205_062728_media_s3',
  },
  {
    up: migration_20261205_062800_data_native_third_pass.up,
    down: migration_20261205_062800_data_native_third_pass.down,
    name: '20261205_062800_data_native_third_pass',
  },
  {
    up: migration_20261205_094000_search_every_type.up,
    down: migration_20261205_094000_search_every_type.down,
    name: '20261205_094000_search_every_type',
  },
  {
    up: migration_20261205_122939_search_indexes_generated.up,
    down: migration_20261205_122939_search_indexes_generated.down,
    name: '20261205_122939_search_indexes_generated',
  },
]
