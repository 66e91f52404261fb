// STUB — replaced by the command line.
process.stdout.write('gangmu\n');
