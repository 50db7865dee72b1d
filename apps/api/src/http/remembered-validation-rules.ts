import { getMetadataStorage } from 'class-validator';

type RuleLookup = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];

const remembering = new WeakSet<object>();

/**
 * class-validator looks up a class's rules anew for every object it validates: it filters the class's
 * own rules and walks every registered class (about a hundred here) for inherited ones, and Nest's
 * pipe does it once more per nested object. A class's rules are fixed once its module has loaded, so
 * the lookups are remembered per class and options; registering any rule or constraint (a class loaded
 * later) forgets them all. Lookups by validation group are not remembered (the API uses none).
 */
export function rememberValidationRules(): void {
  const storage = getMetadataStorage();
  if (remembering.has(storage)) return;
  remembering.add(storage);
  const lookUp: RuleLookup = storage.getTargetValidationMetadatas.bind(storage);
  const remembered = new Map<unknown, Map<string, ReturnType<RuleLookup>>>();
  const forget = <Args extends unknown[]>(register: (...args: Args) => void) => (...args: Args) => {
    remembered.clear();
    register(...args);
  };
  storage.addValidationMetadata = forget(storage.addValidationMetadata.bind(storage));
  storage.addConstraintMetadata = forget(storage.addConstraintMetadata.bind(storage));
  storage.getTargetValidationMetadatas = (targetConstructor, targetSchema, always, strictGroups, groups) => {
    if (groups !== undefined && groups.length > 0) return lookUp(targetConstructor, targetSchema, always, strictGroups, groups);
    let ofTarget = remembered.get(targetConstructor);
    if (!ofTarget) remembered.set(targetConstructor, (ofTarget = new Map()));
    const options = `${targetSchema}\n${always}\n${strictGroups}`;
    let rules = ofTarget.get(options);
    if (!rules) ofTarget.set(options, (rules = lookUp(targetConstructor, targetSchema, always, strictGroups, groups)));
    // A copy, so that no caller can change what the next lookup answers.
    return rules.slice();
  };
}
