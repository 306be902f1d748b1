import { examine } from '../rules';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(examine(t)), t);
