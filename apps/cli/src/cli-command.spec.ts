import { Option } from 'commander';
import { cliCommand, cliProgram, required, runCli, runs } from './cli-command';

describe('a command of the command line', () => {
  let printed: string;
  let complained: string[];

  beforeEach(() => {
    printed = '';
    complained = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed += String(chunk);
      return true;
    });
    jest.spyOn(console, 'log').mockImplementation((line: string) => void (printed += `${line}\n`));
    jest.spyOn(console, 'error').mockImplementation((line: string) => void complained.push(line));
  });

  afterEach(() => jest.restoreAllMocks());

  const greet = () =>
    runs<{ name: string; loud?: boolean }>(
      cliCommand('greet', 'greets someone').addOption(required(new Option('--name <name>', 'who'))).option('--loud', 'shout'),
      async ({ name, loud }) => {
        console.log(loud ? `HELLO ${name.toUpperCase()}` : `hello ${name}`);
        return name === 'nobody' ? 1 : 0;
      },
    );

  it('answers the exit status its action answers, with the options parsed', async () => {
    expect(await runCli(greet(), ['--name', 'Dilnur', '--loud'])).toBe(0);
    expect(printed).toBe('HELLO DILNUR\n');
    expect(await runCli(greet(), ['--name', 'nobody'])).toBe(1);
  });

  it('names an unknown option before a missing required one, with exit status 2', async () => {
    expect(await runCli(greet(), ['--nmae', 'Dilnur'])).toBe(2);
    expect(complained[0]).toBe("error: unknown option '--nmae'\n(Did you mean --name?)");
    expect(await runCli(greet(), [])).toBe(2);
    expect(complained).toContain("error: required option '--name <name>' not specified");
  });

  it('prints its usage on standard output for --help and exits 0, running nothing', async () => {
    expect(await runCli(cliProgram().addCommand(greet()), ['greet', '--help'])).toBe(0);
    expect(printed).toContain('Usage: cli greet [options]');
    expect(printed).not.toContain('hello');
  });

  it('exits 1 with the message of an error its action throws', async () => {
    const failing = runs(cliCommand('fail', 'fails'), async () => {
      throw new Error('no event log at /srv/data/events.sqlite');
    });
    expect(await runCli(failing, [])).toBe(1);
    expect(complained).toEqual(['no event log at /srv/data/events.sqlite']);
  });

  it('gives an action the values of its declared arguments after the options, and refuses a missing one (exit 2)', async () => {
    const seen: unknown[] = [];
    const check = runs<{ strict?: boolean }>(cliCommand('check', 'checks a file').argument('<file>', 'the file').option('--strict', 'be strict'), async (options, file) => {
      seen.push([options, file]);
      return 0;
    });
    expect(await runCli(cliProgram().addCommand(check), ['check', 'a.backup', '--strict'])).toBe(0);
    expect(seen).toEqual([[{ strict: true }, 'a.backup']]);
    expect(await runCli(cliProgram().addCommand(check), ['check'])).toBe(2);
    expect(complained.join('\n')).toContain("missing required argument 'file'");
    expect(seen).toHaveLength(1);
  });
});
