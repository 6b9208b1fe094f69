package zerotohero.tools.check;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the public API of the stubs with that of the reference solution: the same public classes,
 * each with the same public and protected constructors, methods (name, parameters, return type, static or
 * not) and fields. Learners and graders depend on that API, so a solution may add private helpers but
 * nothing a test could see.
 */
final class ApiComparison {

    private ApiComparison() {
    }

    /** One difference: where it is and what it is. */
    record Difference(String className, String detail) {
    }

    static List<Difference> compare(JavaClasses stubs, JavaClasses solution) {
        TreeMap<String, Set<String>> stubApi = api(stubs);
        TreeMap<String, Set<String>> solutionApi = api(solution);
        List<Difference> differences = new ArrayList<>();
        for (String type : union(stubApi.keySet(), solutionApi.keySet())) {
            Set<String> inStubs = stubApi.get(type);
            Set<String> inSolution = solutionApi.get(type);
            if (inStubs == null) {
                differences.add(new Difference(type, "public type " + type + " is in the solution but not in the stubs"));
            } else if (inSolution == null) {
                differences.add(new Difference(type, "public type " + type + " is in the stubs but not in the solution"));
            } else {
                for (String member : union(inStubs, inSolution)) {
                    if (!inSolution.contains(member)) {
                        differences.add(new Difference(type, member + " is in the stubs but not in the solution"));
                    } else if (!inStubs.contains(member)) {
                        differences.add(new Difference(type, member + " is in the solution but not in the stubs"));
                    }
                }
            }
        }
        return differences;
    }

    private static TreeMap<String, Set<String>> api(JavaClasses classes) {
        TreeMap<String, Set<String>> api = new TreeMap<>();
        for (JavaClass c : classes) {
            if (!visible(c)) {
                continue;
            }
            Set<String> members = new TreeSet<>();
            members.add("type " + kind(c) + modifiers(c.getModifiers()) + " " + c.getSimpleName()
                    + c.getRawSuperclass().map(s -> " extends " + s.getName()).orElse("")
                    + " implements " + c.getRawInterfaces().stream().map(JavaClass::getName).sorted().toList());
            for (JavaCodeUnit unit : c.getCodeUnits()) {
                if (visible(unit.getModifiers()) && !unit.getName().equals("<clinit>")) {
                    members.add((modifiers(unit.getModifiers()) + " " + unit.getReturnType().getName() + " "
                            + unit.getFullName().substring(c.getName().length() + 1)).strip());
                }
            }
            for (JavaField f : c.getFields()) {
                if (visible(f.getModifiers())) {
                    members.add("field" + modifiers(f.getModifiers()) + " " + f.getRawType().getName() + " " + f.getName());
                }
            }
            api.put(c.getName(), members);
        }
        return api;
    }

    private static boolean visible(JavaClass c) {
        if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isAnonymousClass() || c.isLocalClass()) {
            return false;
        }
        return c.getEnclosingClass().map(ApiComparison::visible).orElse(true);
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
                && !modifiers.contains(JavaModifier.SYNTHETIC) && !modifiers.contains(JavaModifier.BRIDGE);
    }

    private static String kind(JavaClass c) {
        return c.isRecord() ? "record" : c.isEnum() ? "enum" : c.isInterface() ? "interface" : "class";
    }

    private static String modifiers(Set<JavaModifier> modifiers) {
        StringBuilder s = new StringBuilder();
        for (JavaModifier m : List.of(JavaModifier.PUBLIC, JavaModifier.PROTECTED, JavaModifier.STATIC,
                JavaModifier.FINAL, JavaModifier.ABSTRACT)) {
            if (modifiers.contains(m)) {
                s.append(' ').append(m.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return s.toString();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
