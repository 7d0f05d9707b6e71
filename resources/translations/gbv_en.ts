<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>Added {n} synthetic records in {seconds} s.</source>
        <translation>Added {n} synthetic records in {seconds} s.</translation>
    </message>
    <message>
        <source>Administrator account: {user}</source>
        <translation>Administrator account: {user}</translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({size} MB, {seconds} s).</source>
        <translation>Backup written and verified: {path} ({size} MB, {seconds} s).</translation>
    </message>
    <message>
        <source>Change log chain: intact.</source>
        <translation>Change log chain: intact.</translation>
    </message>
    <message>
        <source>Change log entries: {n}</source>
        <translation>Change log entries: {n}</translation>
    </message>
    <message>
        <source>Created the encrypted database {path} for {unit}.</source>
        <translation>Created the encrypted database {path} for {unit}.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Exported {n} records to {path}.</source>
        <translation>Exported {n} records to {path}.</translation>
    </message>
    <message>
        <source>Imported {n} records from {path}.</source>
        <translation>Imported {n} records from {path}.</translation>
    </message>
    <message>
        <source>Integrity and encryption checks: passed.</source>
        <translation>Integrity and encryption checks: passed.</translation>
    </message>
    <message>
        <source>Integrity check FAILED: {detail}</source>
        <translation>Integrity check FAILED: {detail}</translation>
    </message>
    <message>
        <source>No database yet at {path}: the window would start the first-run set-up. Until the window exists, create one with: gbv-desktop init</source>
        <translation>No database yet at {path}: the window would start the first-run set-up. Until the window exists, create one with: gbv-desktop init</translation>
    </message>
    <message>
        <source>No key file found beside {path}.</source>
        <translation>No key file found beside {path}.</translation>
    </message>
    <message>
        <source>No password: set GBV_PASSWORD or run in a terminal.</source>
        <translation>No password: set GBV_PASSWORD or run in a terminal.</translation>
    </message>
    <message>
        <source>Password for the new administrator:</source>
        <translation>Password for the new administrator:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>RECOVERY KEY (shown only once; print it and keep it locked away):</source>
        <translation>RECOVERY KEY (shown only once; print it and keep it locked away):</translation>
    </message>
    <message>
        <source>Records and reports of the programme against gender-based violence.</source>
        <translation>Records and reports of the programme against gender-based violence.</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>Restored {backup} into {path}.</translation>
    </message>
    <message>
        <source>Schema version: {found} (this program: {known})</source>
        <translation>Schema version: {found} (this program: {known})</translation>
    </message>
    <message>
        <source>The change log was altered outside the program (entries {ids}).</source>
        <translation>The change log was altered outside the program (entries {ids}).</translation>
    </message>
    <message>
        <source>The database it replaced is kept at {path}.</source>
        <translation>The database it replaced is kept at {path}.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was created.</source>
        <translation>The two passwords differ; nothing was created.</translation>
    </message>
    <message>
        <source>The window would open the database {path}.</source>
        <translation>The window would open the database {path}.</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>There is no backup at {path}.</translation>
    </message>
    <message>
        <source>With this key an administrator can set a new password if every password is forgotten.</source>
        <translation>With this key an administrator can set a new password if every password is forgotten.</translation>
    </message>
    <message>
        <source>account name (default: $GBV_USER or admin)</source>
        <translation>account name (default: $GBV_USER or admin)</translation>
    </message>
    <message>
        <source>check integrity, encryption, schema version and change log</source>
        <translation>check integrity, encryption, schema version and change log</translation>
    </message>
    <message>
        <source>create an encrypted database and its first administrator</source>
        <translation>create an encrypted database and its first administrator</translation>
    </message>
    <message>
        <source>database file (default: in the user&apos;s data folder)</source>
        <translation>database file (default: in the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>export every record to a JSON file</source>
        <translation>export every record to a JSON file</translation>
    </message>
    <message>
        <source>fill a database with synthetic demonstration records</source>
        <translation>fill a database with synthetic demonstration records</translation>
    </message>
    <message>
        <source>import records from an export file (all or nothing)</source>
        <translation>import records from an export file (all or nothing)</translation>
    </message>
    <message>
        <source>language: vi (default) or en</source>
        <translation>language: vi (default) or en</translation>
    </message>
    <message>
        <source>replace the database by a backup (the current one is kept aside)</source>
        <translation>replace the database by a backup (the current one is kept aside)</translation>
    </message>
    <message>
        <source>start the application (the default)</source>
        <translation>start the application (the default)</translation>
    </message>
    <message>
        <source>write a verified, encrypted backup</source>
        <translation>write a verified, encrypted backup</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Awareness activity</source>
        <translation>Awareness activity</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Contains characters that are not valid text.</source>
        <translation>Contains characters that are not valid text.</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>Funding line</translation>
    </message>
    <message>
        <source>Influencer count</source>
        <translation>Influencer count</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Mobilised support</source>
        <translation>Mobilised support</translation>
    </message>
    <message>
        <source>Model or facility</source>
        <translation>Model or facility</translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD, not &quot;{value}&quot;.</source>
        <translation>Must be a date written as YYYY-MM-DD, not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>Must be a list of codes.</source>
        <translation>Must be a list of codes.</translation>
    </message>
    <message>
        <source>Must be a list of records.</source>
        <translation>Must be a list of records.</translation>
    </message>
    <message>
        <source>Must be a list.</source>
        <translation>Must be a list.</translation>
    </message>
    <message>
        <source>Must be an object with named fields.</source>
        <translation>Must be an object with named fields.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Must be text.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Must be true or false.</translation>
    </message>
    <message>
        <source>Survivor {ref} has different details here than in case no. {number}.</source>
        <translation>Survivor {ref} has different details here than in case no. {number}.</translation>
    </message>
    <message>
        <source>Survivor {ref} has different identifying details here than in case no. {number}.</source>
        <translation>Survivor {ref} has different identifying details here than in case no. {number}.</translation>
    </message>
    <message>
        <source>The file has no list for this kind of record.</source>
        <translation>The file has no list for this kind of record.</translation>
    </message>
    <message>
        <source>The file says it holds no identifying details, yet this record has them.</source>
        <translation>The file says it holds no identifying details, yet this record has them.</translation>
    </message>
    <message>
        <source>The file {path} has {count} problem(s) in its records; nothing was imported.</source>
        <translation>The file {path} has {count} problem(s) in its records; nothing was imported.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>The number is too large.</translation>
    </message>
    <message>
        <source>The record is not an object with named fields.</source>
        <translation>The record is not an object with named fields.</translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation>This field is missing.</translation>
    </message>
    <message>
        <source>This field is not part of the export format.</source>
        <translation>This field is not part of the export format.</translation>
    </message>
    <message>
        <source>This kind of record is unknown.</source>
        <translation>This kind of record is unknown.</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>it could not be read ({reason}).</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>it does not exist.</translation>
    </message>
    <message>
        <source>it ends too early: it was probably cut off while being copied or saved.</source>
        <translation>it ends too early: it was probably cut off while being copied or saved.</translation>
    </message>
    <message>
        <source>it has no valid checksum.</source>
        <translation>it has no valid checksum.</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB, too large to be an export.</source>
        <translation>it is larger than {limit} MB, too large to be an export.</translation>
    </message>
    <message>
        <source>it is nested too deeply to be an export.</source>
        <translation>it is nested too deeply to be an export.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text, so it is not an export from gbv-desktop.</source>
        <translation>it is not UTF-8 text, so it is not an export from gbv-desktop.</translation>
    </message>
    <message>
        <source>it is not a records export from gbv-desktop.</source>
        <translation>it is not a records export from gbv-desktop.</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}); it may be damaged.</source>
        <translation>it is not valid JSON (line {line}, column {column}); it may be damaged.</translation>
    </message>
    <message>
        <source>it is not valid JSON; it may be damaged.</source>
        <translation>it is not valid JSON; it may be damaged.</translation>
    </message>
    <message>
        <source>it was written by a newer version of gbv-desktop (export format version {found}; this version reads version {known} and older). Install the newer version to import it.</source>
        <translation>it was written by a newer version of gbv-desktop (export format version {found}; this version reads version {known} and older). Install the newer version to import it.</translation>
    </message>
    <message>
        <source>its checksum does not match its contents: it was changed or damaged after it was exported.</source>
        <translation>its checksum does not match its contents: it was changed or damaged after it was exported.</translation>
    </message>
    <message>
        <source>its format version is not valid.</source>
        <translation>its format version is not valid.</translation>
    </message>
    <message>
        <source>its header field &quot;{field}&quot; is missing or not valid.</source>
        <translation>its header field &quot;{field}&quot; is missing or not valid.</translation>
    </message>
    <message>
        <source>its header has an unexpected field &quot;{field}&quot;.</source>
        <translation>its header has an unexpected field &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;{field}&quot; appears twice in one object.</source>
        <translation>the field &quot;{field}&quot; appears twice in one object.</translation>
    </message>
    <message>
        <source>{kind} no. {number}, {field}: {message}</source>
        <translation>{kind} no. {number}, {field}: {message}</translation>
    </message>
    <message>
        <source>{kind}: {message}</source>
        <translation>{kind}: {message}</translation>
    </message>
    <message>
        <source>{reason} Nothing was imported.</source>
        <translation>{reason} Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>A database already exists at {path}; nothing was changed.</source>
        <translation>A database already exists at {path}; nothing was changed.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>At least one active administrator must remain.</translation>
    </message>
    <message>
        <source>Could not write {path}: {detail}. The previous file, if any, is unchanged.</source>
        <translation>Could not write {path}: {detail}. The previous file, if any, is unchanged.</translation>
    </message>
    <message>
        <source>Record {kind} #{id} does not exist (it may have been deleted).</source>
        <translation>Record {kind} #{id} does not exist (it may have been deleted).</translation>
    </message>
    <message>
        <source>The database cannot be kept at {path}: {reason} Keep it on this computer&apos;s own disk and copy backups to other drives instead.</source>
        <translation>The database cannot be kept at {path}: {reason} Keep it on this computer&apos;s own disk and copy backups to other drives instead.</translation>
    </message>
    <message>
        <source>The database could not be used.</source>
        <translation>The database could not be used.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been altered ({detail}). Restore the newest backup.</source>
        <translation>The database file is damaged or has been altered ({detail}). Restore the newest backup.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Close it and try again.</source>
        <translation>The database is busy in another window or program. Close it and try again.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>The disk is full; nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The file {path} cannot be used: {detail}</source>
        <translation>The file {path} cannot be used: {detail}</translation>
    </message>
    <message>
        <source>The key file {path} that belongs to this database is missing. Restore it from a backup (it is saved beside every backup).</source>
        <translation>The key file {path} that belongs to this database is missing. Restore it from a backup (it is saved beside every backup).</translation>
    </message>
    <message>
        <source>The record has {count} invalid field(s).</source>
        <translation>The record has {count} invalid field(s).</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>This account is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of gbv-desktop (schema {found}, this version knows up to {known}). Install the newer version; nothing was changed.</source>
        <translation>This database was written by a newer version of gbv-desktop (schema {found}, this version knows up to {known}). Install the newer version; nothing was changed.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>This recovery key does not open this database.</translation>
    </message>
    <message>
        <source>Wrong account name or password.</source>
        <translation>Wrong account name or password.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this: {action}.</source>
        <translation>Your role ({role}) may not do this: {action}.</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>change records</translation>
    </message>
    <message>
        <source>change the unit&apos;s settings</source>
        <translation>change the unit&apos;s settings</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>see or change a survivor&apos;s identifying details</source>
        <translation>see or change a survivor&apos;s identifying details</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&quot;{value}&quot; is not a valid date (dd/mm/yyyy).</source>
        <translation>&quot;{value}&quot; is not a valid date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the allowed choices.</source>
        <translation>&quot;{value}&quot; is not one of the allowed choices.</translation>
    </message>
    <message>
        <source>A city or province code has 2, 3 or 5 digits.</source>
        <translation>A city or province code has 2, 3 or 5 digits.</translation>
    </message>
    <message>
        <source>A closed model needs the date it closed.</source>
        <translation>A closed model needs the date it closed.</translation>
    </message>
    <message>
        <source>A target is a percentage between 0 and 100.</source>
        <translation>A target is a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>A ward or commune code has exactly 5 digits, e.g. 24133.</source>
        <translation>A ward or commune code has exactly 5 digits, e.g. 24133.</translation>
    </message>
    <message>
        <source>An account name has 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>An account name has 2 to 40 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>Enter a number of women and a number of men.</source>
        <translation>Enter a number of women and a number of men.</translation>
    </message>
    <message>
        <source>Enter an amount of money or a description of what was given.</source>
        <translation>Enter an amount of money or a description of what was given.</translation>
    </message>
    <message>
        <source>Enter at least one participant.</source>
        <translation>Enter at least one participant.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Must not be negative.</translation>
    </message>
    <message>
        <source>Only a closed model has a closing date.</source>
        <translation>Only a closed model has a closing date.</translation>
    </message>
    <message>
        <source>Shelter days are recorded but no shelter service was given.</source>
        <translation>Shelter days are recorded but no shelter service was given.</translation>
    </message>
    <message>
        <source>The account name &quot;{value}&quot; is already taken.</source>
        <translation>The account name &quot;{value}&quot; is already taken.</translation>
    </message>
    <message>
        <source>The case is closed but these needs received no service: {needs}.</source>
        <translation>The case is closed but these needs received no service: {needs}.</translation>
    </message>
    <message>
        <source>The closing date is before the date it was set up.</source>
        <translation>The closing date is before the date it was set up.</translation>
    </message>
    <message>
        <source>The date {value} is in the future.</source>
        <translation>The date {value} is in the future.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>The phase must start no later than it ends, between 2000 and 2100.</source>
        <translation>The phase must start no later than it ends, between 2000 and 2100.</translation>
    </message>
    <message>
        <source>The service date {value} is before the case was reported ({reported}).</source>
        <translation>The service date {value} is before the case was reported ({reported}).</translation>
    </message>
    <message>
        <source>The year must be between 2000 and {max}.</source>
        <translation>The year must be between 2000 and {max}.</translation>
    </message>
    <message>
        <source>The year of birth must be between 1900 and {max}.</source>
        <translation>The year of birth must be between 1900 and {max}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Too large: at most {limit}.</source>
        <translation>Too large: at most {limit}.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Women ({female}) and men ({male}) add up to more than the total ({total}).</source>
        <translation>Women ({female}) and men ({male}) add up to more than the total ({total}).</translation>
    </message>
    <message>
        <source>{value} is more than the total ({total}).</source>
        <translation>{value} is more than the total ({total}).</translation>
    </message>
</context>
</TS>
