package org.barometer.studio.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The one page of the export wizard: which files, which formats, which template, where to. */
class ExportPage extends WizardPage {

	private static final String APPENDICES = "appendices";
	private static final String FULL_ISSUE = "fullIssue";
	private static final String WORKBOOK = "workbook";
	private static final String LANDSCAPE = "landscape";
	private static final String OPEN_WHEN_DONE = "openWhenDone";

	private final List<IFile> candidates;
	private final List<IFile> selected;
	private final Function<List<IFile>, Path> defaultFolder;
	/** The folder follows the checked issues' publication until the user types or chooses one. */
	private boolean folderChosen;
	private boolean followingChecks;
	private final IDialogSettings settings;

	private CheckboxTableViewer files;
	private Button appendices;
	private Button fullIssue;
	private Button workbook;
	private Button landscape;
	private Text template;
	private Text folder;
	private Button openWhenDone;

	ExportPage(List<IFile> candidates, List<IFile> selected, Function<List<IFile>, Path> defaultFolder, IDialogSettings settings) {
		super("export");
		this.candidates = candidates;
		this.selected = selected;
		this.defaultFolder = defaultFolder;
		this.settings = settings;
		setTitle("Export Barometer Issues");
		setDescription("Word appendices and full issues, Excel workbooks, with the indices computed from the catalogues.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		Label issues = new Label(page, SWT.NONE);
		issues.setText("Issues:");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(issues);
		files = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.V_SCROLL);
		files.setContentProvider(ArrayContentProvider.getInstance());
		files.setLabelProvider(LabelProvider.createTextProvider(file -> ((IFile) file).getFullPath().makeRelative().toString()));
		files.setInput(candidates);
		files.setCheckedElements(selected.toArray());
		files.addCheckStateListener(event -> {
			followCheckedIssues();
			validate();
		});
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 140).applyTo(files.getControl());

		Group formats = new Group(page, SWT.NONE);
		formats.setText("Formats");
		GridLayoutFactory.swtDefaults().applyTo(formats);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(formats);
		appendices = check(formats, "Word appendices (.docx): the event catalogues and the colour scale", APPENDICES, true);
		fullIssue = check(formats, "Word issue (.docx): the whole issue with its appendices", FULL_ISSUE, false);
		workbook = check(formats, "Excel workbook (.xlsx), and the index dynamics of two or more issues", WORKBOOK, true);
		landscape = check(formats, "Appendices in a landscape section", LANDSCAPE, false);

		template = pathRow(page, "Word template:", "", "Browse...", this::browseTemplate);
		template.setMessage("the bundled reference template");
		folder = pathRow(page, "To folder:", "", "Browse...", this::browseFolder);
		followCheckedIssues();
		folder.addModifyListener(event -> folderChosen |= !followingChecks);

		openWhenDone = check(page, "Offer to open the result when done", OPEN_WHEN_DONE, true);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(openWhenDone);

		setControl(page);
		validate();
	}

	private Button check(Composite parent, String text, String key, boolean byDefault) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.setSelection(settings.get(key) == null ? byDefault : settings.getBoolean(key));
		button.addListener(SWT.Selection, event -> validate());
		return button;
	}

	private Text pathRow(Composite page, String label, String value, String buttonText, Runnable browse) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER | SWT.SEARCH);
		text.setText(value);
		text.addModifyListener(event -> validate());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		Button button = new Button(page, SWT.PUSH);
		button.setText(buttonText);
		button.addListener(SWT.Selection, event -> browse.run());
		return text;
	}

	private void browseTemplate() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.docx" });
		String chosen = dialog.open();
		if (chosen != null) {
			template.setText(chosen);
		}
	}

	private void browseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setFilterPath(folder.getText());
		String chosen = dialog.open();
		if (chosen != null) {
			folder.setText(chosen);
		}
	}

	/** The default folder: the exports/ folder of the publication of the issues checked (of the first, if several). */
	private void followCheckedIssues() {
		if (folderChosen) {
			return;
		}
		List<IFile> checked = Arrays.stream(files.getCheckedElements()).map(IFile.class::cast).toList();
		Path suggested = defaultFolder.apply(checked.isEmpty() ? candidates : checked);
		followingChecks = true;
		folder.setText(suggested == null ? "" : suggested.toString());
		followingChecks = false;
	}

	/** Says what is missing, in the page's message line, and keeps Finish off until it is there. */
	private void validate() {
		String error = null;
		if (files.getCheckedElements().length == 0) {
			error = "Choose at least one issue to export.";
		} else if (!appendices.getSelection() && !fullIssue.getSelection() && !workbook.getSelection()) {
			error = "Choose at least one format.";
		} else if (folder.getText().isBlank()) {
			error = "Choose the folder to export to.";
		} else if (path(folder.getText()) == null) {
			error = "The folder is not a valid path: " + folder.getText();
		} else if (!template.getText().isBlank() && (path(template.getText()) == null || !Files.isRegularFile(path(template.getText())))) {
			error = "The Word template does not exist: " + template.getText();
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	private static Path path(String text) {
		try {
			return Path.of(text.strip());
		} catch (InvalidPathException e) {
			return null;
		}
	}

	ExportRequest request() {
		List<IFile> checked = Arrays.stream(files.getCheckedElements()).map(IFile.class::cast).toList();
		return new ExportRequest(checked, appendices.getSelection(), fullIssue.getSelection(), workbook.getSelection(),
				landscape.getSelection(), template.getText().isBlank() ? null : path(template.getText()), path(folder.getText()));
	}

	boolean openWhenDone() {
		return openWhenDone.getSelection();
	}

	/** Remembers the formats for the next export. */
	void saveSettings() {
		settings.put(APPENDICES, appendices.getSelection());
		settings.put(FULL_ISSUE, fullIssue.getSelection());
		settings.put(WORKBOOK, workbook.getSelection());
		settings.put(LANDSCAPE, landscape.getSelection());
		settings.put(OPEN_WHEN_DONE, openWhenDone.getSelection());
	}
}
