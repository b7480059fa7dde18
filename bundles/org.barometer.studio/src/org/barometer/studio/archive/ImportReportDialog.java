package org.barometer.studio.archive;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** The import's report: what was written for each source, the counts, every line not placed, what was not imported. */
class ImportReportDialog extends Dialog {

	static final String TITLE = "Import Finished";
	private static final int OPEN_ISSUES = IDialogConstants.CLIENT_ID + 1;

	private final ImportOutcome outcome;

	ImportReportDialog(Shell parent, ImportOutcome outcome) {
		super(parent);
		this.outcome = outcome;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label summary = new Label(area, SWT.WRAP);
		summary.setText(outcome.summary());
		Text report = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		report.setText(outcome.reportText());
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 360).applyTo(report);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (!outcome.issueFiles().isEmpty()) {
			createButton(parent, OPEN_ISSUES, "Open Imported Issues", true);
		}
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, outcome.issueFiles().isEmpty());
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == OPEN_ISSUES) {
			openIssues();
		}
		close();
	}

	private void openIssues() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (Path file : outcome.issueFiles()) {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
			if (files.length > 0) {
				try {
					IDE.openEditor(page, files[0]);
				} catch (PartInitException e) {
					// the issue stays listed in the Issues view, from where it opens
				}
			}
		}
	}
}
